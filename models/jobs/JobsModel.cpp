#include "JobsModel.h"

#include "ModelRoles.h"
#include "jobs/JobManager.h"

#include <QBrush>
#include <QColor>

namespace aks {

JobsModel::JobsModel(JobManager* manager, QObject* parent, int keepFinished)
    : QAbstractTableModel(parent), m_manager(manager), m_keepFinished(keepFinished) {
    connect(manager, &JobManager::jobStarted, this, &JobsModel::onStarted);
    connect(manager, &JobManager::jobProgress, this, &JobsModel::onProgress);
    connect(manager, &JobManager::jobOutput, this, &JobsModel::onOutput);
    connect(manager, &JobManager::jobFinished, this, &JobsModel::onFinished);
}

int JobsModel::jobId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : -1;
}

int JobsModel::rowOfJob(int id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int JobsModel::runningCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) {
        return r.state == JobState::Running || r.state == JobState::Cancelling;
    }));
}

void JobsModel::cancelRow(int row) {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != JobState::Running || !m_manager)
        return;
    m_rows[row].state = JobState::Cancelling;
    m_manager->cancel(m_rows.at(row).id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::onStarted(int id, const QString& title) {
    beginInsertRows({}, 0, 0);
    Row r;
    r.id = id;
    r.title = title;
    r.started = QDateTime::currentDateTimeUtc();
    m_rows.prepend(r);
    endInsertRows();
    emit runningCountChanged(runningCount());
}

void JobsModel::onProgress(int id, int done, int total, const QString& text) {
    const int row = rowOfJob(id);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.done = done;
    r.total = total;
    if (!text.isEmpty())
        r.text = text;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::onOutput(int id, const QString& line) {
    const int row = rowOfJob(id);
    if (row < 0)
        return;
    m_rows[row].text = line;
    emit dataChanged(index(row, Message), index(row, Message));
}

void JobsModel::onFinished(int id, JobManager::Outcome outcome, const QString& error) {
    const int row = rowOfJob(id);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    // A job asked to stop that then fails stopped because it was asked. The progress stays as the
    // job last reported it: a run that stopped half-way is not shown as all done.
    const bool ok = outcome == JobManager::Outcome::Succeeded;
    if (ok)
        r.state = JobState::Succeeded;
    else if (outcome == JobManager::Outcome::Cancelled || r.state == JobState::Cancelling)
        r.state = JobState::Cancelled;
    else
        r.state = JobState::Failed;
    r.finished = QDateTime::currentDateTimeUtc();
    r.text = ok ? QString() : error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit runningCountChanged(runningCount());
    trimFinished();
}

void JobsModel::trimFinished() {
    int finished = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const JobState s = m_rows.at(i).state;
        if (s == JobState::Succeeded || s == JobState::Failed || s == JobState::Cancelled) {
            if (++finished > m_keepFinished) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
                --i;
            }
        }
    }
}

int JobsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StateRole)
        return int(r.state);
    if (role == ProgressRole)
        return r.total > 0 ? int(100LL * r.done / r.total) : (r.state == JobState::Running ? -1 : 100);
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole)
            return r.title;
        break;
    case State:
        if (role == Qt::DisplayRole) {
            switch (r.state) {
            case JobState::Running:
                return tr("Running");
            case JobState::Cancelling:
                return tr("Cancelling");
            case JobState::Succeeded:
                return tr("Done");
            case JobState::Failed:
                return tr("Failed");
            case JobState::Cancelled:
                return tr("Cancelled");
            }
        }
        if (role == Qt::ForegroundRole && r.state == JobState::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Progress:
        if (role == Qt::DisplayRole) {
            if (r.total > 0)
                return tr("%1 of %2").arg(r.done).arg(r.total);
            return r.state == JobState::Running ? tr("working") : QString();
        }
        break;
    case Elapsed:
        if (role == Qt::DisplayRole) {
            const QDateTime end = r.finished.isValid() ? r.finished : QDateTime::currentDateTimeUtc();
            const qint64 s = r.started.secsTo(end);
            return s < 60 ? tr("%1 s").arg(s) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
        }
        break;
    case Message:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Elapsed:
        return tr("Time");
    case Message:
        return tr("Last message");
    default:
        return {};
    }
}

} // namespace aks
