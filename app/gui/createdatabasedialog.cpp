#include "createdatabasedialog.h"

#include "recoverykeydialog.h"
#include "shell.h"

#include <composition.h>
#include <core/clock.h>
#include <staff/setup.h>
#include <staff/userservice.h>

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <uikit/messages.h>

#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

CreateDatabaseDialog::CreateDatabaseDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_organisation(new QLineEdit(this)), m_admin(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_problem(Ui::problemLabel(this))
{
    setWindowTitle(ShellTr::tr("New Linli database"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs).filePath(ShellTr::tr("community") + QStringLiteral(".linli")));
    m_path->setObjectName(QStringLiteral("path"));
    m_organisation->setPlaceholderText(ShellTr::tr("e.g. 幸福里社区居民委员会"));
    m_organisation->setMaxLength(60);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_admin->setText(QStringLiteral("admin"));
    m_admin->setObjectName(QStringLiteral("admin"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(ShellTr::tr("Browse…"), this);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(ShellTr::tr("Database file:"), pathRow);
    form->addRow(ShellTr::tr("Organisation name:"), m_organisation);
    form->addRow(ShellTr::tr("Administrator user name:"), m_admin);
    form->addRow(ShellTr::tr("Administrator password:"), m_password);
    form->addRow(ShellTr::tr("Repeat password:"), m_repeat);
    auto *hint = new QLabel(ShellTr::tr("Everything is encrypted with a random key. Your password unlocks it on this "
                                        "computer; a recovery key, shown next, opens it if every password is lost."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(ShellTr::tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(ShellTr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateDatabaseDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &CreateDatabaseDialog::browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString CreateDatabaseDialog::databasePath() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".linli")))
        p += QStringLiteral(".linli");
    return p;
}

std::optional<Staff::Session> CreateDatabaseDialog::takeSession()
{
    std::optional<Staff::Session> out = std::move(m_session);
    m_session.reset();
    return out;
}

void CreateDatabaseDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, ShellTr::tr("New database file"), databasePath(),
                                                      ShellTr::tr("Linli databases (*.linli)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void CreateDatabaseDialog::accept()
{
    const auto problem = [this](const QString &text) {
        m_problem->setText(text);
        m_problem->show();
    };
    if (databasePath().isEmpty())
        return problem(ShellTr::tr("Choose where the database file goes."));
    if (m_password->text() != m_repeat->text())
        return problem(ShellTr::tr("The two passwords differ."));
    QDir().mkpath(QFileInfo(databasePath()).absolutePath());
    QString recoveryKey;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Staff::createDatabase(databasePath(), m_admin->text(), m_password->text(), m_organisation->text(),
                                         allMigrations(), Core::Clock::system(), &recoveryKey);
    QApplication::restoreOverrideCursor();
    if (!session)
        return problem(session.error().message());

    Reports::RecoveryKeySheet sheet;
    sheet.organisation = m_organisation->text().trimmed();
    sheet.databasePath = QFileInfo(databasePath()).absoluteFilePath();
    sheet.databaseId = session->store->databaseId();
    sheet.createdAt = QDateTime::currentDateTime();
    sheet.recoveryKey = recoveryKey;
    RecoveryKeyDialog keyDialog(sheet, this);
    keyDialog.exec(); // cannot be left without confirming the key is kept
    m_session = std::move(*session);
    QDialog::accept();
}

} // namespace Linli::App
