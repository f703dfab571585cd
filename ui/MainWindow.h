#pragma once

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>

class QListView;
class QStackedWidget;
class QStandardItemModel;
class QLabel;
class QDockWidget;
class QMenu;

namespace aks {

class JobsModel;
class UserGuideWindow;

// The shell: navigation on the left, one page at a time, the jobs panel below, the environment in
// the status bar. Pages are built by their own classes; this class only places them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Clusters, Backups, Inspector, Snapshots, Restore, Log, Health, PageCount };

    explicit MainWindow(AppContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget* page(Page page) const;
    const AppContext& context() const { return m_context; }

    // Opens what a path is (a backup .tar.gz, a store folder, a snapshot or a folder of them) on
    // the page that shows it; false (and a message in the status bar) when it is none of these.
    bool openPath(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void addPage(Page id, const QString& title, const QIcon& icon, QWidget* widget);
    QWidget* createClustersPage();
    QWidget* createBackupsPage();
    QWidget* createInspectorPage();
    QWidget* createSnapshotsPage();
    QWidget* createRestorePage();
    void openSettings();
    void openUserGuide();
    void fillRecentMenu(QMenu* menu);
    void updateJobsIndicator(int running);

    AppContext m_context;
    QListView* m_nav;
    QStandardItemModel* m_navModel;
    QStackedWidget* m_stack;
    JobsModel* m_jobsModel;
    QDockWidget* m_jobsDock;
    QLabel* m_envLabel;
    QLabel* m_jobsLabel;
    QWidget* m_pages[PageCount] = {};
    QPointer<UserGuideWindow> m_guide;
};

} // namespace aks
