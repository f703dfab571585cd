#include "TimelineChart.h"

#include "core/DisplayTime.h"
#include "history/BackupsModel.h"
#include "history/PhaseColors.h"

#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace aks {

TimelineChart::TimelineChart(BackupsModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    setAccessibleName(tr("Backup timeline"));
    setAccessibleDescription(tr("Backups per cluster over the last days; shaded stretches have no Completed "
                                "backup for longer than the RPO."));
    auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
}

void TimelineChart::setRpoSeconds(qint64 seconds) {
    m_rpoSeconds = seconds;
    update();
}

void TimelineChart::setDays(int days) {
    m_days = qMax(1, days);
    update();
}

void TimelineChart::setNow(const QDateTime& now) {
    m_now = now.toUTC();
    update();
}

QSize TimelineChart::sizeHint() const {
    return {720, 60 + 44 * int(qMax<qsizetype>(3, m_model->clusters().size()))};
}

QSize TimelineChart::minimumSizeHint() const {
    return {320, 120};
}

void TimelineChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QStringList clusters = m_model->clusters();
    const QFontMetrics fm(font());
    if (clusters.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No backups to show yet."));
        return;
    }
    int labelWidth = 0;
    for (const QString& c : clusters)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(c));
    const int left = labelWidth + 16;
    const int right = width() - 12;
    const int top = 8;
    const int axis = fm.height() + 8;
    const int laneHeight = qMax(24, (height() - top - axis - 4) / int(clusters.size()));
    const QDateTime from = m_now.addDays(-m_days);
    const double span = double(from.secsTo(m_now));
    auto xOf = [&](const QDateTime& t) { return left + (right - left) * double(from.secsTo(t)) / span; };

    // Day grid and labels.
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    const QDate firstDay = from.toLocalTime().date().addDays(1);
    const int labelEvery =
        qMax(1, int(m_days * fm.horizontalAdvance(QStringLiteral("00/00  ")) / qMax(1, right - left)) + 1);
    for (int d = 0; d <= m_days; ++d) {
        const QDateTime t = QDateTime(firstDay.addDays(d), QTime(0, 0)).toUTC();
        if (t > m_now)
            break;
        const double x = xOf(t);
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(QPointF(x, top), QPointF(x, height() - axis));
        if (d % labelEvery == 0) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QPointF(x + 2, height() - 6), DisplayTime::dayMonth(firstDay.addDays(d)));
        }
    }

    // Backups per cluster, collected from the model once.
    QMap<QString, QList<QPair<QDateTime, QString>>> marks;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto& b = m_model->backupAt(r);
        if (b.pointInTime().isValid())
            marks[m_model->clusterAt(r)].append({b.pointInTime(), b.phase});
    }
    const QColor gapColor(0xc6, 0x28, 0x28, 48);
    for (int i = 0; i < clusters.size(); ++i) {
        const int y0 = top + i * laneHeight;
        const double mid = y0 + laneHeight / 2.0;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, y0, labelWidth + 8, laneHeight), Qt::AlignVCenter | Qt::AlignLeft, clusters[i]);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawLine(QPointF(left, mid), QPointF(right, mid));

        auto list = marks.value(clusters[i]);
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        // Gaps: between Completed backups (and up to now) longer than the RPO.
        QDateTime previous;
        for (const auto& [t, phase] : list) {
            if (PhaseColors::severity(phase) != 0)
                continue;
            if (previous.isValid() && previous.secsTo(t) > m_rpoSeconds && t > from)
                p.fillRect(
                    QRectF(QPointF(xOf(qMax(previous, from)), y0 + 3), QPointF(xOf(t), y0 + laneHeight - 3)),
                    gapColor);
            previous = t;
        }
        if (!previous.isValid() || previous.secsTo(m_now) > m_rpoSeconds)
            p.fillRect(QRectF(QPointF(xOf(previous.isValid() ? qMax(previous, from) : from), y0 + 3),
                              QPointF(right, y0 + laneHeight - 3)),
                       gapColor);
        const double radius = qBound(3.0, laneHeight / 5.0, 7.0);
        for (const auto& [t, phase] : list) {
            if (t < from || t > m_now)
                continue;
            const QColor c = PhaseColors::forPhase(phase);
            p.setPen(QPen(c.darker(130), 1));
            p.setBrush(c);
            const QPointF centre(xOf(t), mid);
            if (PhaseColors::severity(phase) == 2) {
                // Failed: a cross-like diamond, readable without colour.
                QPainterPath diamond;
                diamond.moveTo(centre + QPointF(0, -radius - 1));
                diamond.lineTo(centre + QPointF(radius + 1, 0));
                diamond.lineTo(centre + QPointF(0, radius + 1));
                diamond.lineTo(centre + QPointF(-radius - 1, 0));
                diamond.closeSubpath();
                p.drawPath(diamond);
            } else {
                p.drawEllipse(centre, radius, radius);
            }
        }
    }
    // Now.
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawLine(QPointF(right, top), QPointF(right, height() - axis));
}

} // namespace aks
