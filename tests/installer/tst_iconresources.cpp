// The icon paths documented for the GUI (resources/CMakeLists.txt) exist in linli_resources.
#include <QtCore/QFile>
#include <QtGui/QImage>
#include <QtTest/QTest>

class TestIconResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgIsThere()
    {
        QFile svg(QStringLiteral(":/icons/linli.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("viewBox=\"0 0 256 256\""));
    }

    void pngDecodesAtItsSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 48, 64, 128, 256})
            QTest::addRow("%d", size) << size;
    }

    void pngDecodesAtItsSize()
    {
        QFETCH(int, size);
        const QImage image(QStringLiteral(":/icons/linli-%1.png").arg(size));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // The tile is opaque in the middle: a blank or transparent rendition would fail here.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
};

QTEST_GUILESS_MAIN(TestIconResources)
#include "tst_iconresources.moc"
