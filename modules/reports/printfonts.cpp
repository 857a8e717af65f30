#include "printfonts.h"

#include "reportstr.h"

#include <QtCore/QFileInfo>
#include <QtCore/QMutex>
#include <QtGui/QFontDatabase>
#include <QtGui/QFontInfo>
#include <QtGui/QGuiApplication>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

struct FontSource
{
    PrintFont role;
    QString family;
    QString file; // loaded only when fontconfig does not know the family
};

const QList<FontSource> &fontSources()
{
    static const QList<FontSource> sources = {
        {PrintFont::Body, u"AR PL UMing CN"_s, u"/usr/share/fonts/truetype/arphic/uming.ttc"_s},
        {PrintFont::Heading, u"WenQuanYi Zen Hei"_s, u"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"_s},
        {PrintFont::Monospace, u"DejaVu Sans Mono"_s, u"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"_s},
    };
    return sources;
}

QString familyFor(PrintFont role)
{
    for (const FontSource &source : fontSources()) {
        if (source.role == role)
            return source.family;
    }
    return {};
}

bool resolves(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    return QFontInfo(font).family().compare(family, Qt::CaseInsensitive) == 0;
}

Status loadFont(const FontSource &source)
{
    if (resolves(source.family))
        return {};
    if (!QFileInfo::exists(source.file)) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("The font \"%1\" needed for printing is not installed.").arg(source.family), source.file);
    }
    const int id = QFontDatabase::addApplicationFont(source.file);
    if (id < 0 || !resolves(source.family)) {
        return Error(ErrorCode::Internal,
                     Tr::tr("The font \"%1\" needed for printing could not be loaded.").arg(source.family),
                     source.file);
    }
    return {};
}

} // namespace

Status ensurePrintFonts()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error(ErrorCode::Internal, Tr::tr("Printing needs the graphical application to be running."),
                     u"no QGuiApplication instance"_s);
    }
    static QMutex mutex;
    static bool loaded = false;
    const QMutexLocker locker(&mutex);
    if (loaded)
        return {};
    for (const FontSource &source : fontSources()) {
        if (Status status = loadFont(source); !status)
            return status;
    }
    loaded = true;
    return {};
}

QFont printFont(PrintFont role, qreal pointSize)
{
    QFont font(familyFor(role));
    font.setPointSizeF(pointSize);
    // NoFontMerging: a glyph missing from the font prints as a box instead of silently coming
    // from Noto Sans CJK, whose PDF text layer is wrong. PreferOutline keeps the embedded
    // bitmaps of WenQuanYi out of print.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

} // namespace Linli::Reports
