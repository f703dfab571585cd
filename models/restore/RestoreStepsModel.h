#pragma once

#include "restore/RestoreJournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace aks {

// The recovery's steps as the journal records them, updated step by step while the engine runs.
class RestoreStepsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Cluster, State, Started, Duration, Attempts, Message, ColumnCount };

    explicit RestoreStepsModel(QObject* parent = nullptr);

    void setSteps(const QList<JournalStep>& steps);
    // Replaces the row of the same id, or appends it.
    void updateStep(const JournalStep& step);
    const QList<JournalStep>& steps() const { return m_steps; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(JournalStep::State state);

signals:
    // A step began to run: views keep it in sight.
    void stepStarted(int row);

private:
    QList<JournalStep> m_steps;
};

} // namespace aks
