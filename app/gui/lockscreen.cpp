#include "lockscreen.h"

#include "shell.h"

#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent), m_who(new QLabel(this)), m_password(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x1f, 0x3a, 0x5f));
    setPalette(p);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFixedWidth(420);
    auto *icon = new QLabel(panel);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(ShellTr::tr("The screen is locked"), panel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setPlaceholderText(ShellTr::tr("Password"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *unlock = new QPushButton(ShellTr::tr("Unlock"), panel);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    auto *signOut = new QPushButton(ShellTr::tr("Sign out"), panel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(unlock);

    auto *pl = new QVBoxLayout(panel);
    pl->setContentsMargins(28, 24, 28, 24);
    pl->setSpacing(12);
    pl->addWidget(icon);
    pl->addWidget(title);
    pl->addWidget(m_who);
    pl->addWidget(m_password);
    pl->addWidget(m_problem);
    pl->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::prepare(const QString &who)
{
    m_who->setText(ShellTr::tr("Signed in: %1. Enter the password to continue.").arg(who));
    m_password->clear();
    m_problem->hide();
    m_password->setFocus();
}

void LockScreen::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    m_password->setFocus();
}

QString LockScreen::takePassword()
{
    const QString p = m_password->text();
    m_password->clear();
    return p;
}

} // namespace Linli::App
