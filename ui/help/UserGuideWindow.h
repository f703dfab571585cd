#pragma once

#include <QWidget>

class QTextBrowser;

namespace aks {

// Help > User guide: docs/user-guide.md, compiled into the app with its screenshots, in a window
// of its own (it works offline, on the machine that lost its cluster). The Japanese UI shows the
// Japanese screenshots.
class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace aks
