#pragma once

#include <QSortFilterProxyModel>

namespace aks {

// Search across a backup's resources: by object name, by label (key=value, or a key), or by any
// text in the object's JSON. Parents stay visible while a child matches.
class ResourceFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Mode { Name, Label, Text };

    explicit ResourceFilterProxy(QObject* parent = nullptr);
    void setSearch(Mode mode, const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Mode m_mode = Mode::Name;
    QString m_text;
    QByteArray m_needle; // what to look for in the JSON bytes
};

} // namespace aks
