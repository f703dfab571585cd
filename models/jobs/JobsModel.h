#pragma once

#include "jobs/JobManager.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace aks {

// The running and recent jobs of a JobManager, for the jobs panel.
class JobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, State, Progress, Elapsed, Message, ColumnCount };
    enum class JobState { Running, Succeeded, Failed, Cancelling, Cancelled };

    explicit JobsModel(JobManager* manager, QObject* parent = nullptr, int keepFinished = 50);

    int jobId(int row) const;
    int rowOfJob(int id) const;
    int runningCount() const;
    void cancelRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void runningCountChanged(int count);

private:
    struct Row {
        int id = 0;
        QString title;
        JobState state = JobState::Running;
        int done = 0;
        int total = -1;
        QString text;
        QDateTime started;
        QDateTime finished;
    };
    void onStarted(int id, const QString& title);
    void onProgress(int id, int done, int total, const QString& text);
    void onOutput(int id, const QString& line);
    void onFinished(int id, JobManager::Outcome outcome, const QString& error);
    void trimFinished();

    QPointer<JobManager> m_manager;
    QList<Row> m_rows;
    int m_keepFinished;
};

} // namespace aks
