// The binder over the project's cmdlet table: what PowerShell's parameter binder accepts and refuses,
// asserted on PowerShell's error ids.
#include "akshci/CmdletBinder.h"
#include "akshci/CmdletCheck.h"
#include "powershell/PsCommand.h"

#include "JsonCompare.h"

#include <QTest>

using namespace aks;
using Form = CmdletArgument::Form;

namespace {

CmdletArgument named(const char* name, nlohmann::json value) {
    return {QString::fromLatin1(name), Form::Separate, std::move(value)};
}
CmdletArgument sw(const char* name) {
    return {QString::fromLatin1(name), Form::Switch, true};
}
CmdletArgument colon(const char* name, nlohmann::json value) {
    return {QString::fromLatin1(name), Form::Colon, std::move(value)};
}
nlohmann::json var(const char* name) {
    return {{"$var", name}};
}

// A value PowerShell would accept for a parameter of this table entry.
CmdletArgument validArgument(const CmdletParameter& p) {
    CmdletArgument a{p.name, Form::Separate, "value"};
    if (!p.values.isEmpty())
        a.value = p.values.first().toStdString();
    if (p.type == QLatin1String("Int32"))
        a.value = 3;
    else if (p.type == QLatin1String("Boolean"))
        a = {p.name, Form::Colon, true};
    else if (p.type == QLatin1String("SwitchParameter"))
        a = {p.name, Form::Switch, true};
    else if (p.type != QLatin1String("String"))
        a.value = var("object");
    return a;
}

QString bindId(const QString& cmdlet, const std::vector<CmdletArgument>& args) {
    return CmdletBinder().bind(cmdlet, args).error.errorId;
}

const std::vector<CmdletArgument> kDhcp = {named("name", "n"), named("vswitchName", "s"),
                                           named("vipPoolStart", "a"), named("vipPoolEnd", "b")};
const std::vector<CmdletArgument> kStatic = {
    named("name", "n"),       named("vswitchName", "s"),        named("gateway", "g"),
    named("dnsServers", "d"), named("ipAddressPrefix", "p"),    named("vipPoolStart", "a"),
    named("vipPoolEnd", "b"), named("k8sNodeIpPoolStart", "c"), named("k8sNodeIpPoolEnd", "e")};

} // namespace

class TstCmdletBinder : public QObject {
    Q_OBJECT
private slots:
    void tableIsCompiledIn() {
        const CmdletTable& t = CmdletTable::akshci();
        QVERIFY(t.cmdlets().size() >= 40);
        QVERIFY(t.find(QStringLiteral("set-akshciconfig")));
        QVERIFY(t.commonParameters().contains(QStringLiteral("ErrorAction")));
        QVERIFY(!t.commonParameters().contains(QStringLiteral("Confirm")));
        for (const CmdletSpec& c : t.cmdlets())
            QVERIFY2(!c.sets.isEmpty(), qPrintable(c.name));
    }

    // Every set of every cmdlet binds with its mandatory parameters, and refuses each one left out
    // (or falls to another set that does not need it, as PowerShell resolves sets).
    void everyMandatoryParameter() {
        int checked = 0;
        for (const CmdletSpec& c : CmdletTable::akshci().cmdlets()) {
            for (const CmdletParameterSet& set : c.sets) {
                std::vector<CmdletArgument> all;
                for (const CmdletParameter& p : set.parameters)
                    if (p.mandatory)
                        all.push_back(validArgument(p));
                const CmdletBinding ok = CmdletBinder().bind(c.name, all);
                QVERIFY2(ok.ok(), qPrintable(c.name + u'/' + set.name + u": " + ok.error.message));
                for (size_t drop = 0; drop < all.size(); ++drop) {
                    std::vector<CmdletArgument> less = all;
                    less.erase(less.begin() + qsizetype(drop));
                    const CmdletBinding b = CmdletBinder().bind(c.name, less);
                    QVERIFY2(!b.ok() || b.parameterSet != set.name,
                             qPrintable(c.name + u" without " + all[drop].name));
                    if (!b.ok())
                        QVERIFY2(b.error.errorId == QLatin1String("MissingMandatoryParameter") ||
                                     b.error.errorId == QLatin1String("AmbiguousParameterSet"),
                                 qPrintable(b.error.errorId));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 80);
    }

    void missingMandatoryListsTheNames() {
        const CmdletBinding b = CmdletBinder().bind(
            QStringLiteral("Set-AksHciConfig"),
            {named("imageDir", "a"), named("workingDir", "b"), named("cloudConfigLocation", "c")});
        QCOMPARE(b.error.errorId, QStringLiteral("MissingMandatoryParameter"));
        QCOMPARE(b.error.fullyQualifiedErrorId(),
                 QStringLiteral("MissingMandatoryParameter,Set-AksHciConfig"));
        QVERIFY(b.error.message.endsWith(QStringLiteral(": vnet.")));
        QCOMPARE(bindId(QStringLiteral("New-AksHciLoadBalancerSetting"), {named("name", "lb")}),
                 QStringLiteral("MissingMandatoryParameter"));
    }

    void unknownParameters_data() {
        QTest::addColumn<QString>("cmdlet");
        QTest::addColumn<QString>("param");
        QTest::newRow("kvaPodCIDR") << "Set-AksHciConfig"
                                    << "kvaPodCIDR";
        QTest::newRow("proxyServerHttp") << "Set-AksHciConfig"
                                         << "proxyServerHttp";
        QTest::newRow("loadBalancerVmSize") << "Set-AksHciConfig"
                                            << "loadBalancerVmSize";
        QTest::newRow("vmSize") << "New-AksHciLoadBalancerSetting"
                                << "vmSize";
        QTest::newRow("osSku") << "New-AksHciCluster"
                               << "osSku";
        QTest::newRow("Confirm") << "Uninstall-AksHci"
                                 << "Confirm";
        QTest::newRow("WhatIf") << "Remove-AksHciCluster"
                                << "WhatIf";
    }
    void unknownParameters() {
        QFETCH(QString, cmdlet);
        QFETCH(QString, param);
        const CmdletBinding b = CmdletBinder().bind(
            cmdlet, {{param, Form::Separate, "x"}, named("name", "n"), colon("Confirm", false)});
        QCOMPARE(b.error.errorId, QStringLiteral("NamedParameterNotFound"));
        QVERIFY(b.error.message.contains(u'\'' + param + u'\''));
    }

    void namesAndPrefixes() {
        // Case-insensitive, unambiguous prefixes, the documented spelling kept.
        CmdletBinding b = CmdletBinder().bind(QStringLiteral("new-akshcinetworksetting"),
                                              {named("NAME", "n"), named("vsw", "s"), named("vipPoolS", "a"),
                                               named("vipPoolE", "b"), named("vlan", 9)});
        QVERIFY2(b.ok(), qPrintable(b.error.message));
        QCOMPARE(b.cmdlet, QStringLiteral("New-AksHciNetworkSetting"));
        QVERIFY(b.has(QStringLiteral("vswitchName")) && b.has(QStringLiteral("vlanID")));
        // The reference's own example: -proxySetting is a prefix of -proxySettings.
        b = CmdletBinder().bind(QStringLiteral("Set-AksHciConfig"),
                                {named("imageDir", "a"), named("workingDir", "b"),
                                 named("cloudConfigLocation", "c"), named("vnet", var("vnet")),
                                 named("proxySetting", var("proxy"))});
        QVERIFY2(b.ok(), qPrintable(b.error.message));
        QVERIFY(b.has(QStringLiteral("proxySettings")));
        // An exact name wins over the longer ones it prefixes.
        QVERIFY(CmdletBinder().bind(QStringLiteral("New-AksHciCluster"), {named("name", "c")}).ok());

        b = CmdletBinder().bind(QStringLiteral("New-AksHciCluster"), {named("n", "c")});
        QCOMPARE(b.error.errorId, QStringLiteral("AmbiguousParameter"));
        QVERIFY(b.error.message.contains(QStringLiteral("-name -nodePoolName -nodeCount")));
    }

    void commonParameters() {
        QVERIFY(CmdletBinder()
                    .bind(QStringLiteral("Get-AksHciCluster"),
                          {sw("Verbose"), named("ErrorAction", "Stop"), named("ErrorV", "e")})
                    .ok());
        QCOMPARE(
            bindId(QStringLiteral("Get-AksHciCredential"), {named("name", "c"), colon("Confirm", false)}),
            QStringLiteral("NamedParameterNotFound"));
        // -O matches OutVariable and OutBuffer (and no own parameter of Get-AksHciCluster).
        QCOMPARE(bindId(QStringLiteral("Get-AksHciCluster"), {named("Out", "x")}),
                 QStringLiteral("AmbiguousParameter"));
    }

    void networkSettingSets() {
        CmdletBinding b = CmdletBinder().bind(QStringLiteral("New-AksHciNetworkSetting"), kDhcp);
        QCOMPARE(b.parameterSet, QStringLiteral("DHCP virtual network configurations: without a VLAN"));
        auto dhcpVlan = kDhcp;
        dhcpVlan.push_back(named("vlanID", 7));
        QCOMPARE(CmdletBinder().bind(QStringLiteral("New-AksHciNetworkSetting"), dhcpVlan).parameterSet,
                 QStringLiteral("DHCP virtual network configurations: with a VLAN"));
        QCOMPARE(CmdletBinder().bind(QStringLiteral("New-AksHciNetworkSetting"), kStatic).parameterSet,
                 QStringLiteral("Static IP virtual network configurations: without a VLAN"));
        auto staticVlan = kStatic;
        staticVlan.push_back(named("vlanID", 7));
        b = CmdletBinder().bind(QStringLiteral("New-AksHciNetworkSetting"), staticVlan);
        QVERIFY(b.ok());
        QCOMPARE(b.parameterSet, QStringLiteral("Static IP virtual network configurations: with a VLAN"));
        // A static parameter without the rest: two static sets remain, neither complete nor the default.
        QCOMPARE(
            bindId(QStringLiteral("New-AksHciNetworkSetting"), {named("name", "n"), named("gateway", "g")}),
            QStringLiteral("AmbiguousParameterSet"));
        // Only -name: the default (first) set, and what it is missing.
        b = CmdletBinder().bind(QStringLiteral("New-AksHciNetworkSetting"), {named("name", "n")});
        QCOMPARE(b.error.errorId, QStringLiteral("MissingMandatoryParameter"));
        QVERIFY(b.error.message.endsWith(QStringLiteral("vswitchName vipPoolStart vipPoolEnd.")));
    }

    void values() {
        // ValidateSet, case-insensitive as PowerShell.
        QVERIFY(CmdletBinder()
                    .bind(QStringLiteral("New-AksHciLoadBalancerSetting"),
                          {named("name", "lb"), named("loadBalancerSku", "haproxy")})
                    .ok());
        const CmdletBinding b = CmdletBinder().bind(QStringLiteral("New-AksHciLoadBalancerSetting"),
                                                    {named("name", "lb"), named("loadBalancerSku", "x")});
        QCOMPARE(b.error.errorId, QStringLiteral("ParameterArgumentValidationError"));
        QVERIFY(b.error.message.contains(QStringLiteral("\"HAProxy,none\"")));
        // Int32 from text that is a number, not from other text.
        QVERIFY(CmdletBinder()
                    .bind(QStringLiteral("New-AksHciCluster"), {named("name", "c"), named("nodeCount", "3")})
                    .ok());
        QCOMPARE(
            bindId(QStringLiteral("New-AksHciCluster"), {named("name", "c"), named("nodeCount", "three")}),
            QStringLiteral("CannotConvertArgumentNoMessage"));
        // A switch given a value that is not a Boolean; a value after a bare switch is left positional.
        QCOMPARE(bindId(QStringLiteral("Uninstall-AksHci"), {colon("skipConfigCleanup", "yes")}),
                 QStringLiteral("ParameterArgumentTransformationError"));
        QCOMPARE(bindId(QStringLiteral("Uninstall-AksHci"), {named("skipConfigCleanup", "yes")}),
                 QStringLiteral("PositionalParameterNotFound"));
        QVERIFY(CmdletBinder()
                    .bind(QStringLiteral("Uninstall-AksHci"), {colon("skipConfigCleanup", false)})
                    .ok());
        // A Boolean parameter needs its value.
        QCOMPARE(bindId(QStringLiteral("New-AksHciCluster"), {named("name", "c"), sw("enableAutoScaler")}),
                 QStringLiteral("MissingArgument"));
        QCOMPARE(bindId(QStringLiteral("New-AksHciCluster"),
                        {named("name", "c"), colon("enableAutoScaler", "yes")}),
                 QStringLiteral("ParameterArgumentTransformationError"));
        QCOMPARE(bindId(QStringLiteral("Get-AksHciCluster"), {named("name", "a"), named("NAME", "b")}),
                 QStringLiteral("ParameterAlreadyBound"));
        QCOMPARE(bindId(QStringLiteral("Get-AksHciCluster"), {{QString(), Form::Positional, "a"}}),
                 QStringLiteral("PositionalParameterNotFound"));
        QCOMPARE(bindId(QStringLiteral("Set-AksHciProxySetting"), {}),
                 QStringLiteral("CommandNotFoundException"));
    }

    // What the client builds is checked the same way (CmdletCheck over PsCommand).
    void builtCommands() {
        QCOMPARE(CmdletCheck::bind(PsCommand(QStringLiteral("Set-AksHciConfig"))
                                       .arg(QStringLiteral("imageDir"), QStringLiteral("a"))
                                       .arg(QStringLiteral("kvaPodCIDR"), QStringLiteral("10.0.0.0/16")))
                     .error.errorId,
                 QStringLiteral("NamedParameterNotFound"));
        const CmdletBinding ok =
            CmdletCheck::bind(PsCommand(QStringLiteral("New-AksHciCluster"))
                                  .arg(QStringLiteral("name"), QStringLiteral("c"))
                                  .arg(QStringLiteral("nodeCount"), std::optional<int>(2))
                                  .list(QStringLiteral("taints"), {QStringLiteral("a=b:NoSchedule")})
                                  .variable(QStringLiteral("loadBalancerSettings"), QStringLiteral("lb"))
                                  .flag(QStringLiteral("enableAutoScaler"), true)
                                  .sw(QStringLiteral("enableMonitoring")));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message));
        QCOMPARE_JSON(ok.value(QStringLiteral("nodeCount")), nlohmann::json(2));
        QVERIFY(CmdletCheck::bind(PsCommand(QStringLiteral("New-AksHciAutoScalerProfile"))
                                      .arg(QStringLiteral("name"), QStringLiteral("p"))
                                      .hashtable(QStringLiteral("autoScalerProfileConfig"),
                                                 {{QStringLiteral("min-node-count"), QStringLiteral("2")}}))
                    .ok());
        QCOMPARE(CmdletCheck::bind(
                     PsCommand(QStringLiteral("New-AksHciCluster")).sw(QStringLiteral("enableAutoScaler")))
                     .error.errorId,
                 QStringLiteral("MissingArgument"));
        // As an Error value: BadInput with the fully qualified id.
        const Error e =
            CmdletCheck::bind(PsCommand(QStringLiteral("Install-AksHci")).sw(QStringLiteral("Confirm")))
                .error.toError();
        QCOMPARE(e.kind, Error::Kind::BadInput);
        QVERIFY(e.detail.contains(QStringLiteral("NamedParameterNotFound,Install-AksHci")));
    }
};

QTEST_GUILESS_MAIN(TstCmdletBinder)
#include "tst_cmdlet_binder.moc"
