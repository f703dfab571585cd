#include "SnapshotCompareView.h"

#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "report/ReportWriter.h"
#include "snapshot/DiffFilterProxy.h"
#include "snapshot/DiffModel.h"
#include "snapshot/DiffReportBuilder.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aks {

SnapshotCompareView::SnapshotCompareView(DialogFacade* dialogs, QWidget* parent)
    : QWidget(parent),
      m_dialogs(dialogs),
      m_model(new DiffModel(this)),
      m_proxy(new DiffFilterProxy(this)),
      m_banner(new MessageBanner(this)),
      m_verdict(new QLabel(this)),
      m_differencesOnly(new QCheckBox(tr("Only &differences"), this)),
      m_showIgnored(new QCheckBox(tr("Show &ignored fields"), this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_exportHtml(new QPushButton(tr("Export report (&HTML)..."), this)),
      m_exportPdf(new QPushButton(tr("Export report (&PDF)..."), this)) {
    setObjectName(QStringLiteral("snapshotCompareView"));
    m_banner->setObjectName(QStringLiteral("compareBanner"));
    m_banner->setVisible(false);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setTextFormat(Qt::PlainText); // it names the snapshots
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(6);
    m_verdict->setAutoFillBackground(true);
    m_differencesOnly->setObjectName(QStringLiteral("differencesOnly"));
    m_differencesOnly->setChecked(true);
    m_showIgnored->setObjectName(QStringLiteral("showIgnored"));
    m_filter->setObjectName(QStringLiteral("compareFilter"));
    m_filter->setPlaceholderText(tr("Filter fields and values"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the comparison"));
    m_exportHtml->setObjectName(QStringLiteral("exportHtml"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setDifferencesOnly(true);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Comparison, field by field"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DiffModel::AColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DiffModel::BColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DiffModel::SectionColumn, 170);
    m_table->setColumnWidth(DiffModel::FieldColumn, 200);
    m_table->setColumnWidth(DiffModel::ClassColumn, 110);
    m_table->setColumnWidth(DiffModel::StatusColumn, 80);

    auto* options = new QHBoxLayout;
    options->addWidget(m_differencesOnly);
    options->addWidget(m_showIgnored);
    options->addWidget(m_filter, 1);
    options->addWidget(m_exportHtml);
    options->addWidget(m_exportPdf);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_verdict);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);

    connect(m_differencesOnly, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setDifferencesOnly);
    connect(m_showIgnored, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setShowIgnored);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DiffFilterProxy::setText);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { askAndExport(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { askAndExport(true); });
    clear();
}

void SnapshotCompareView::clear() {
    m_model->setResult({});
    m_deployment.clear();
    m_verdict->setText(
        tr("Choose a snapshot and compare it with the environment now, or select two snapshots "
           "and compare them."));
    m_verdict->setPalette(palette());
    m_exportHtml->setEnabled(false);
    m_exportPdf->setEnabled(false);
}

void SnapshotCompareView::setResult(const DiffResult& result, const QString& deployment) {
    m_banner->clear();
    m_banner->setVisible(false);
    m_model->setResult(result);
    m_deployment = deployment;
    QPalette pal = palette();
    const int matters = result.mattersCount();
    if (matters == 0) {
        m_verdict->setText(
            tr("%1 and %2 match: every field that matters for a restore is equal (%3 compared, %4 "
               "volatile ignored).")
                .arg(result.labelA, result.labelB)
                .arg(result.entries.size())
                .arg(result.ignored.size()));
        pal.setColor(QPalette::Window, QColor(0xdf, 0xf0, 0xd8));
    } else {
        m_verdict->setText(tr("%1 and %2 differ in %n field(s) that matter for a restore.", nullptr, matters)
                               .arg(result.labelA, result.labelB));
        pal.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    }
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_verdict->setPalette(pal);
    m_exportHtml->setEnabled(true);
    m_exportPdf->setEnabled(true);
}

QString SnapshotCompareView::verdictText() const {
    return m_verdict->text();
}

bool SnapshotCompareView::exportReport(const QString& path) {
    const Status s = ReportWriter::write(DiffReportBuilder::build(m_model->result(), m_deployment), path);
    m_banner->setVisible(true);
    if (!s) {
        m_banner->showMessage(MessageBanner::Kind::Error, s.error().message, s.error().detail);
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SnapshotCompareView::askAndExport(bool pdf) {
    const QString suggested = QDir::home().filePath(
        QStringLiteral("snapshot-comparison-%1.%2")
            .arg(m_model->result().labelB, pdf ? QStringLiteral("pdf") : QStringLiteral("html")));
    QString path =
        m_dialogs->saveFileName(this, pdf ? tr("Export report as PDF") : tr("Export report as HTML"),
                                suggested, pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html *.htm)"));
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    if (pdf != path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += suffix;
    exportReport(path);
}

} // namespace aks
