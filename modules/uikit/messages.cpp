#include "messages.h"

#include "uikittr.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace Linli::Ui {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, parent);
    if (error.code() == ErrorCode::Internal || error.code() == ErrorCode::Io) {
        // The technical detail helps the IT staff; it never contains personal data.
        box.setDetailedText(error.detail());
    }
    box.button(QMessageBox::Ok)->setText(Tr::tr("OK"));
    box.exec();
}

void showInfo(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.button(QMessageBox::Ok)->setText(Tr::tr("OK"));
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Linli::Ui
