#pragma once

#include <QDateTime>
#include <QWidget>

namespace aks {

class BackupsModel;

// Backups over time, one lane per cluster: a mark per backup in its phase's colour, and the
// stretches without a Completed backup longer than the RPO shaded, so gaps stand out. Paints
// straight from the model.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(BackupsModel* model, QWidget* parent = nullptr);

    void setRpoSeconds(qint64 seconds);
    void setDays(int days);
    void setNow(const QDateTime& now);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    BackupsModel* m_model;
    qint64 m_rpoSeconds = 24 * 3600;
    int m_days = 21;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace aks
