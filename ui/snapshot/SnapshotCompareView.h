#pragma once

#include "snapshot/DiffResult.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aks {

class DiffFilterProxy;
class DiffModel;
class DialogFacade;
class MessageBanner;

// Two snapshots side by side: one row per field with A and B next to each other, differences
// highlighted (stronger when they matter for a restore), a verdict on top, and the comparison
// exportable as an HTML or PDF report.
class SnapshotCompareView : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotCompareView(DialogFacade* dialogs, QWidget* parent = nullptr);

    void setResult(const DiffResult& result, const QString& deployment = {});
    void clear();
    const DiffModel* model() const { return m_model; }
    QString verdictText() const;
    bool exportReport(const QString& path);

private:
    void askAndExport(bool pdf);

    DialogFacade* m_dialogs;
    QString m_deployment;
    DiffModel* m_model;
    DiffFilterProxy* m_proxy;
    MessageBanner* m_banner;
    QLabel* m_verdict;
    QCheckBox* m_differencesOnly;
    QCheckBox* m_showIgnored;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_exportHtml;
    QPushButton* m_exportPdf;
};

} // namespace aks
