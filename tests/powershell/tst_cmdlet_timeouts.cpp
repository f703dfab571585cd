// Per-cmdlet timeouts fit the documented durations, and the long-timeout setting raises them.
#include "akshci/CmdletTimeouts.h"
#include "env/EnvironmentResolver.h"

#include <QTest>

using namespace aks;
using namespace std::chrono_literals;

class TstCmdletTimeouts : public QObject {
    Q_OBJECT
private slots:
    void defaults() {
        QCOMPARE(CmdletTimeouts::defaultFor(QStringLiteral("install-akshci")),
                 std::optional(std::chrono::seconds(4h)));
        QVERIFY(*CmdletTimeouts::defaultFor(QStringLiteral("New-AksHciCluster")) > 1h);
        QVERIFY(*CmdletTimeouts::defaultFor(QStringLiteral("Uninstall-AksHci")) > 1h);
        QVERIFY(!CmdletTimeouts::defaultFor(QStringLiteral("Get-AksHciCluster")));
    }

    void scripts() {
        EnvironmentConfig env;
        env.commandTimeout = 120s;
        env.longCommandTimeout = 60s;
        QCOMPARE(CmdletTimeouts::forScript(QStringLiteral("Get-AksHciCluster -name 'x'"), env),
                 std::chrono::milliseconds(120s));
        // The longest cmdlet of a script sets its wait.
        QCOMPARE(CmdletTimeouts::forScript(
                     QStringLiteral("$v = New-AksHciNetworkSetting -name 'n'\nSet-AksHciConfig "
                                    "-vnet $v\nSet-AksHciRegistration -subscriptionId 's'"),
                     env),
                 std::chrono::milliseconds(30min));
        QCOMPARE(CmdletTimeouts::forScript(QStringLiteral("Install-AksHci"), env),
                 std::chrono::milliseconds(4h));
        // The setting raises a default below it, never lowers one.
        env.longCommandTimeout = 6h;
        QCOMPARE(CmdletTimeouts::forScript(QStringLiteral("Install-AksHci"), env),
                 std::chrono::milliseconds(6h));
        QCOMPARE(CmdletTimeouts::forScript(QStringLiteral("Get-AksHciConfig"), env),
                 std::chrono::milliseconds(120s));
    }

    void setting() {
        QProcessEnvironment pe;
        pe.insert(QStringLiteral("AKS_RECOVERY_LONG_TIMEOUT"), QStringLiteral("36000"));
        auto c = EnvironmentResolver::resolve({}, ToolSettings(), pe);
        QVERIFY(c.ok());
        QCOMPARE(c->longCommandTimeout, std::chrono::seconds(36000));
        EnvironmentOverrides o;
        o.longTimeout = QStringLiteral("7200");
        c = EnvironmentResolver::resolve(o, ToolSettings(), pe);
        QCOMPARE(c->longCommandTimeout, std::chrono::seconds(7200));
        o.longTimeout = QStringLiteral("soon");
        c = EnvironmentResolver::resolve(o, ToolSettings(), pe);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TstCmdletTimeouts)
#include "tst_cmdlet_timeouts.moc"
