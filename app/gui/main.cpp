// linli: the desktop application. Wiring only: sign in, then the main window.
#include "logindialog.h"
#include "mainwindow.h"
#include "shell.h"

#include <composition.h>
#include <i18n.h>
#include <services.h>
#include <staff/ui/passworddialog.h>
#include <uikit/fonts.h>
#include <uikit/messages.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtWidgets/QApplication>

namespace {

constexpr int ExitSignedOut = 1001;
constexpr int ExitRestart = 1002;

// A password an administrator chose must be replaced before any work is done.
bool forcePasswordChange(Linli::App::Services &services)
{
    using namespace Linli;
    Staff::PasswordDialog dialog(Staff::PasswordDialog::Mode::ChangeOwn, services.actor().username);
    dialog.setWindowTitle(App::ShellTr::tr("Choose your own password"));
    while (dialog.exec() == QDialog::Accepted) {
        auto s = services.users().changeOwnPassword(services.actor(), dialog.currentPassword(), dialog.newPassword());
        if (s)
            return true;
        dialog.showProblem(s.error().message());
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Linli"));
    QApplication::setOrganizationName(QStringLiteral("Linli"));
    QApplication::setApplicationVersion(Linli::App::version());
    QApplication::setDesktopFileName(QStringLiteral("cn.linli.Linli"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to open."), QStringLiteral("FILE"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    const QString language = Linli::I18n::resolveLanguage(
        parser.isSet(langOption) ? parser.value(langOption) : QSettings().value(QStringLiteral("language")).toString());
    Linli::I18n::install(app, language);
    Linli::Ui::applyAppearance(app);
    QApplication::setWindowIcon(Linli::App::appIcon());

    QString database =
        parser.isSet(dbOption) ? parser.value(dbOption) : QSettings().value(QStringLiteral("lastDatabase")).toString();
    for (;;) {
        Linli::App::LoginDialog login(database);
        if (login.exec() != QDialog::Accepted)
            return 0;
        database = login.databasePath();
        std::optional<Linli::Staff::Session> session = login.takeSession();
        if (!session)
            return 0;
        // The composition root: every service of the session, built once; the window hands them out.
        auto services = std::make_unique<Linli::App::Services>(std::move(*session));
        if (services->mustChangePassword() && !forcePasswordChange(*services))
            continue;
        Linli::App::MainWindow window(std::move(services));
        QObject::connect(&window, &Linli::App::MainWindow::signedOut, &app, [] { QApplication::exit(ExitSignedOut); });
        QObject::connect(&window, &Linli::App::MainWindow::restartRequested, &app,
                         [] { QApplication::exit(ExitRestart); });
        window.show();
        const int rc = app.exec();
        if (rc == ExitSignedOut)
            continue;
        if (rc == ExitRestart) {
            window.close();
            QStringList args = QApplication::arguments().mid(1);
            args.removeAll(QStringLiteral("--lang"));
            QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), database});
            return 0;
        }
        return rc;
    }
}
