#pragma once

#include "synchttp.h"

#include <core/clock.h>
#include <core/result.h>
#include <core/syncentity.h>

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace Linli::Storage {
class Connection;
class Statement;
} // namespace Linli::Storage

namespace Linli::Sync {

// What one sync did.
struct SyncReport
{
    qint64 pushed = 0;   // outbox entries the server took (applied or merged)
    qint64 rejected = 0; // entries it refused: kept whole on the conflicts list
    qint64 pulled = 0;   // rows taken from the server
    qint64 newConflicts = 0;
    qint64 pending = 0; // outbox entries still to send
    qint64 openConflicts = 0;
    QString highestHlc;    // the newest stamp pulled: the caller's clock observes it
    bool resynced = false; // the server asked for a full pull
};

// The desktop's side of docs/sync-protocol.md: push the outbox, then pull, over HTTPS, on one
// connection to the local database (the store's, or a worker thread's own, so the window never
// waits). `username`: the desktop user on whose behalf it syncs; that user must have signed in to
// the server on this desktop (signIn), once per 30 days.
class SyncEngine
{
public:
    // `catalogue`: what syncs (every module's declarations, Catalogue::syncCatalogue()).
    // `clock`: "now" for the server's clock check, the times kept and the ids of conflicts made.
    SyncEngine(Storage::Connection &connection, QString username, QString localDeviceId,
               const Core::SyncCatalogue &catalogue, const Core::Clock &clock = Core::Clock::system());

    // Signs `serverUser` in on the server and keeps the key for `username` on this desktop.
    Status signIn(const QString &serverUser, const QString &password);
    Result<bool> signedIn();

    // Push, then pull. Stops at the first error, having kept every page and batch it finished.
    Result<SyncReport> run();

    // Trust this CA for this engine's requests instead of the one kept at enrolment.
    void setCa(const QList<QSslCertificate> &ca) { m_ca = ca; }
    // Limits, for tests and benchmarks.
    void setBatchEntries(int n) { m_batchEntries = n; }
    void setPageRows(int n) { m_pageRows = n; }

private:
    Result<Caller> caller(bool withUser);
    Status push(const Caller &caller, SyncReport &report);
    Status pull(const Caller &caller, SyncReport &report);
    Status finishResync(SyncReport &report);
    Result<qint64> withdrawGroup(const QList<QJsonObject> &sent, qint64 group);
    Result<qint64> insertPulled(const QString &entity, const QJsonObject &data, const QSet<QString> &keep,
                                const QJsonObject &pulled);
    Error answerError(const Answer &answer);
    Result<QString> state(const QString &key);
    Status setState(const QString &key, const QString &value);
    // A new id for a row of this engine's own (a conflict), from the engine's clock.
    QString newId() const;

    // Columns of a synced local table (empty when this database has no such table).
    const QStringList &columnsOf(const QString &entity);
    const QSet<QString> &columnSetOf(const QString &entity);

    // Push, step by step (syncpush.cpp).
    struct PushRange
    {
        qint64 from = 0, to = 0;
        bool resend = false; // the batch a cut-off sync sent: again, unchanged
    };
    struct PushBatch
    {
        PushRange range;
        QByteArray entries; // the entries as JSON, comma-separated
        QList<QJsonObject> sent;
    };
    Result<std::optional<PushRange>> nextRange();
    Result<PushBatch> readBatch(const PushRange &range);
    Result<QJsonObject> entryOf(const QVariantList &outboxRow);
    Result<QJsonObject> newRowEntry(const QString &entity, const QString &rowId, const QVariant &hlc);
    Status recordAnswer(const PushBatch &batch, const QJsonArray &results, SyncReport &report);
    // Pull, step by step (syncpull.cpp).
    using Unsent = QHash<QString, QList<std::pair<QString, QString>>>; // entity/id → (op, payload)
    Status restartPull();
    Result<Unsent> unsentChanges();
    Status noteSeen(const QJsonArray &rows);
    Result<QSet<QString>> presentOf(const QJsonArray &rows);
    Status takePage(const QJsonObject &page, const Unsent &unsent, bool resyncing, SyncReport &report);
    Status takeRow(const QJsonObject &pulled, const Unsent &unsent, const QSet<QString> &present, SyncReport &report);
    Status takeConflict(const QString &id, const QJsonObject &data, SyncReport &report);
    Result<qint64> updatePulled(const QString &entity, const QJsonObject &data, const QSet<QString> &keep,
                                const QJsonObject &pulled);
    Status endPage(const QString &cursor, const SyncReport &report);

    Storage::Connection &m_c;
    const Core::SyncCatalogue &m_catalogue;
    const Core::Clock &m_clock;
    QString m_username;
    QString m_localDeviceId;
    int m_batchEntries = 1000;
    int m_pageRows = 5000;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSet<QString>> m_columnSets;
    // How pulled rows of one kind are inserted: their fields (rows of a kind nearly always have the
    // same ones), which of them are columns here, and the statement, prepared once.
    struct InsertShape
    {
        QStringList keys;
        QList<bool> take;
        std::shared_ptr<Storage::Statement> insert;
    };
    QHash<QString, InsertShape> m_shapes; // entity → the shape of its last row
    QList<QSslCertificate> m_ca;
};

} // namespace Linli::Sync
