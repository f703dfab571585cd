#pragma once

#include <QSortFilterProxyModel>

namespace aks {

// Narrows a DiffModel: only the differences, with or without the ignored fields, and a text filter
// over the section, field and values.
class DiffFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiffFilterProxy(QObject* parent = nullptr);

    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }
    void setShowIgnored(bool on);
    bool showIgnored() const { return m_showIgnored; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_differencesOnly = false;
    bool m_showIgnored = false;
    QString m_text;
};

} // namespace aks
