#include "SimCmdlets.h"

#include "SimArgs.h"
#include "akshci/CmdletBinder.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace aks::sim {
namespace {

// The few non-AksHci commands a request script uses (remoting, and reading back a kubeconfig the
// module wrote on the node), in the same table format, so they are bound by the same code:
// Import-Module's name is positional, as in PowerShell.
const CmdletTable& builtins() {
    static const CmdletTable table = [] {
        QString error;
        auto t = CmdletTable::fromJson(R"({"commonParameters": ["Verbose", "Debug", "ErrorAction",
            "WarningAction", "InformationAction", "ErrorVariable", "WarningVariable", "InformationVariable",
            "OutVariable", "OutBuffer", "PipelineVariable"],
          "cmdlets": {
            "Import-Module": {"parameterSets": [{"name": "Name", "parameters": {
                "Name": {"type": "String[]", "mandatory": true, "position": 0},
                "Force": {"type": "SwitchParameter"}}}]},
            "Invoke-Command": {"parameterSets": [{"name": "ComputerName", "parameters": {
                "ComputerName": {"type": "String[]", "mandatory": false},
                "Authentication": {"type": "String", "values": ["Default", "Basic", "Negotiate",
                    "NegotiateWithImplicitCredential", "Credssp", "Digest", "Kerberos"]},
                "Credential": {"type": "PSCredential"},
                "ScriptBlock": {"type": "ScriptBlock", "mandatory": true}}}]},
            "Get-Content": {"parameterSets": [{"name": "LiteralPath", "parameters": {
                "LiteralPath": {"type": "String[]", "mandatory": true},
                "Raw": {"type": "SwitchParameter"}, "Encoding": {"type": "String"}}}]},
            "Remove-Item": {"parameterSets": [{"name": "LiteralPath", "parameters": {
                "LiteralPath": {"type": "String[]", "mandatory": true},
                "Force": {"type": "SwitchParameter"}}}]}}})",
                                       &error);
        Q_ASSERT(t);
        return t ? std::move(*t) : CmdletTable();
    }();
    return table;
}

// The "$type" markers and other internals never reach the pipeline.
nlohmann::json forPipeline(const nlohmann::json& v) {
    if (v.is_object()) {
        nlohmann::json o = nlohmann::json::object();
        for (auto it = v.begin(); it != v.end(); ++it)
            if (!it.key().starts_with('$'))
                o[it.key()] = forPipeline(it.value());
        return o;
    }
    if (v.is_array()) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& e : v)
            a.push_back(forPipeline(e));
        return a;
    }
    return v;
}

} // namespace

void fail(const QString& errorId, const QString& message) {
    throw CmdletError{message, errorId};
}

SimCmdlets::SimCmdlets(SimState& state, const SimFaults& faults) : m_state(state), m_faults(faults) {}

nlohmann::json SimCmdlets::fileCommand(const QString& cmdlet, const Args& a) {
    const nlohmann::json paths = listArg(a, "LiteralPath");
    const QString path = jsonText(paths.is_array() && !paths.empty() ? paths.at(0) : nlohmann::json());
    QFile f(path);
    if (!f.exists())
        fail(QStringLiteral("PathNotFound,Microsoft.PowerShell.Commands.") + QString(cmdlet).remove(u'-') +
                 QStringLiteral("Command"),
             QStringLiteral("Cannot find path '%1' because it does not exist.").arg(path));
    if (cmdlet == QLatin1String("Remove-Item")) {
        f.remove();
        return {};
    }
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral(
                 "GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand"),
             QStringLiteral("Access to the path '%1' is denied.").arg(path));
    const QByteArray data = f.readAll();
    // Windows PowerShell 5.1's ConvertTo-Json prints the provider's note properties of a string read
    // by Get-Content, so the text arrives as "value" of an object, not as a JSON string.
    const QFileInfo info(path);
    const auto withNotes = [&](nlohmann::json value, int readCount) {
        return nlohmann::json{{"value", value},
                              {"PSPath", s(QStringLiteral("Microsoft.PowerShell.Core\\FileSystem::") + path)},
                              {"PSParentPath", s(QStringLiteral("Microsoft.PowerShell.Core\\FileSystem::") +
                                                 info.absolutePath())},
                              {"PSChildName", s(info.fileName())},
                              {"ReadCount", readCount}};
    };
    if (isOn(a, "Raw"))
        return withNotes(data.toStdString(), 1);
    nlohmann::json lines = nlohmann::json::array();
    int n = 0;
    for (const QByteArray& l : data.split('\n'))
        lines.push_back(withNotes(l.toStdString(), ++n));
    return lines;
}

const QHash<QString, SimCmdlets::Handler>& SimCmdlets::handlers() {
    static const QHash<QString, Handler> h = {
        {QStringLiteral("Initialize-AksHciNode"), &SimCmdlets::initializeNode},
        {QStringLiteral("Get-AksHciConfig"), &SimCmdlets::getConfig},
        {QStringLiteral("Get-AksHciRegistration"), &SimCmdlets::getRegistration},
        {QStringLiteral("Get-AksHciVersion"), &SimCmdlets::getVersion},
        {QStringLiteral("Get-AksHciKubernetesVersion"), &SimCmdlets::getKubernetesVersions},
        {QStringLiteral("New-AksHciNetworkSetting"), &SimCmdlets::newNetworkSetting},
        {QStringLiteral("New-AksHciClusterNetwork"), &SimCmdlets::newNetworkSetting},
        {QStringLiteral("New-AksHciProxySetting"), &SimCmdlets::newProxySetting},
        {QStringLiteral("Get-AksHciProxySetting"), &SimCmdlets::getProxySetting},
        {QStringLiteral("Set-AksHciConfig"), &SimCmdlets::setConfig},
        {QStringLiteral("Set-AksHciRegistration"), &SimCmdlets::setRegistration},
        {QStringLiteral("Install-AksHci"), &SimCmdlets::install},
        {QStringLiteral("Uninstall-AksHci"), &SimCmdlets::uninstall},
        {QStringLiteral("Get-AksHciCluster"), &SimCmdlets::getClusters},
        {QStringLiteral("Get-AksHciNodePool"), &SimCmdlets::getNodePools},
        {QStringLiteral("Get-AksHciCredential"), &SimCmdlets::getCredential},
        {QStringLiteral("New-AksHciLoadBalancerSetting"), &SimCmdlets::newLoadBalancerSetting},
        {QStringLiteral("New-AksHciAutoScalerProfile"), &SimCmdlets::newAutoScalerProfile},
        {QStringLiteral("Get-AksHciAutoScalerProfile"), &SimCmdlets::getAutoScalerProfile},
        {QStringLiteral("New-AksHciCluster"), &SimCmdlets::newCluster},
        {QStringLiteral("New-AksHciNodePool"), &SimCmdlets::newNodePool},
        {QStringLiteral("Remove-AksHciCluster"), &SimCmdlets::removeCluster},
        {QStringLiteral("Update-AksHciCertificates"), &SimCmdlets::updateCertificates},
        {QStringLiteral("Repair-AksHciCerts"), &SimCmdlets::repairCerts},
        {QStringLiteral("Repair-MocLogin"), &SimCmdlets::repairMocLogin},
        {QStringLiteral("Update-AksHciClusterCertificates"), &SimCmdlets::updateClusterCertificates},
        {QStringLiteral("Repair-AksHciClusterCerts"), &SimCmdlets::repairClusterCerts},
    };
    return h;
}

void SimCmdlets::host(const QString& text) {
    m_out->records.push_back({QStringLiteral("host"), text});
}
void SimCmdlets::warning(const QString& text) {
    m_out->records.push_back({QStringLiteral("warning"), text});
}
void SimCmdlets::verbose(const QString& text) {
    m_out->records.push_back({QStringLiteral("verbose"), text});
}

nlohmann::json SimCmdlets::resolve(const nlohmann::json& v) const {
    if (v.is_object() && v.contains("$var")) {
        const QString name = QString::fromStdString(v["$var"].get<std::string>()).toLower();
        const auto it = m_vars.find(name);
        return it == m_vars.end() ? nlohmann::json() : *it;
    }
    if (v.is_object() && v.contains("$hashtable"))
        return v["$hashtable"];
    if (v.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : v)
            out.push_back(resolve(e));
        return out;
    }
    return v;
}

void SimCmdlets::mutate(const std::function<bool(nlohmann::json&)>& fn) {
    QString error;
    if (!m_state.update(fn, &error))
        fail(QStringLiteral("StateLocked"), error);
}

SimCmdlets::Outcome SimCmdlets::run(const Script& script) {
    Outcome out;
    m_out = &out;
    try {
        applyExpiryFault();
    } catch (const CmdletError& e) {
        out.ok = false;
        out.error = e.message;
        out.errorId = e.errorId;
        m_out = nullptr;
        return out;
    }
    runBlock(script, out);
    m_out = nullptr;
    return out;
}

bool SimCmdlets::runBlock(const Script& script, Outcome& out) {
    for (const Statement& st : script.statements) {
        nlohmann::json result;
        if (st.cmdlet.isEmpty()) {
            result = st.value;
        } else {
            nlohmann::json record = {{"cmdlet", s(st.cmdlet)}, {"params", nlohmann::json::object()}};
            for (const Argument& a : st.args)
                // Values as written; credentials stay references ({"$var": ...}), so no password lands here.
                record["params"][s(a.name.isEmpty() ? QStringLiteral("_positional") : a.name)] = a.value;
            m_state.recordCall(record);
            out.cmdlet = st.cmdlet;
            const SimFaults::Kind fault = m_faults.forCmdlet(st.cmdlet);
            if (fault == SimFaults::Kind::Hang)
                for (;;)
                    QThread::sleep(3600);
            if (fault != SimFaults::Kind::None && fault != SimFaults::Kind::Drift) {
                out.fault = fault;
                out.ok = false;
                out.error = QStringLiteral("%1 : The simulated host failed on purpose (fault %2).")
                                .arg(st.cmdlet)
                                .arg(int(fault));
                out.errorId = QStringLiteral("SimulatedFault,") + st.cmdlet;
                return false;
            }
            try {
                result = invoke(st, script, out);
            } catch (const CmdletError& e) {
                out.ok = false;
                out.error = e.message;
                out.errorId = e.errorId;
                return false;
            }
            if (!out.ok)
                return false;
        }
        if (!st.assignTo.isEmpty())
            m_vars.insert(st.assignTo.toLower(), result);
        else if (!result.is_null())
            for (const auto& e :
                 result.is_array() && !st.cmdlet.isEmpty() ? result : nlohmann::json::array({result}))
                out.output.push_back(forPipeline(e));
    }
    return true;
}

nlohmann::json SimCmdlets::invoke(const Statement& st, const Script& script, Outcome& out) {
    const bool builtin = builtins().find(st.cmdlet) != nullptr;
    const CmdletBinding b =
        CmdletBinder(builtin ? builtins() : CmdletTable::akshci()).bind(st.cmdlet, st.args);
    if (!b.ok())
        fail(b.error.fullyQualifiedErrorId(), b.error.message);
    Args a;
    for (const auto& [name, value] : b.values) {
        const nlohmann::json v = value.is_object() && value.contains("$block") ? value : resolve(value);
        // A variable that holds nothing cannot bind to a mandatory parameter (PowerShell checks this
        // once the value is known, which the table-only check in the client cannot).
        const CmdletSpec* spec = (builtin ? builtins() : CmdletTable::akshci()).find(b.cmdlet);
        for (const CmdletParameterSet& set : spec->sets)
            if (set.name == b.parameterSet && set.find(name) && set.find(name)->mandatory && v.is_null())
                fail(QStringLiteral("ParameterArgumentValidationErrorNullNotAllowed,") + b.cmdlet,
                     QStringLiteral("Cannot bind argument to parameter '%1' because it is null.").arg(name));
        a.insert(name.toLower(), v);
    }

    if (b.cmdlet == QLatin1String("Import-Module"))
        return {};
    if (b.cmdlet == QLatin1String("Get-Content") || b.cmdlet == QLatin1String("Remove-Item"))
        return fileCommand(b.cmdlet, a);
    if (b.cmdlet == QLatin1String("Invoke-Command")) {
        const auto block = a.value(QStringLiteral("scriptblock"));
        if (!block.is_object() || !block.contains("$block"))
            fail(QStringLiteral("ParameterArgumentTransformationError,Invoke-Command"),
                 QStringLiteral("Cannot convert the value of parameter 'ScriptBlock' to a script block."));
        if (!runBlock(script.blocks.at(block["$block"].get<size_t>()), out))
            return {};
        nlohmann::json collected = out.output;
        out.output = nlohmann::json::array();
        return collected.empty() ? nlohmann::json() : collected;
    }
    failIfExpired(m_state.read(), b.cmdlet);
    const auto it = handlers().find(b.cmdlet);
    if (it == handlers().end())
        fail(QStringLiteral("NotSimulated,") + b.cmdlet,
             QStringLiteral("%1 is documented but not simulated by aks-sim-powershell.").arg(b.cmdlet));
    return (this->*(*it))(a);
}

} // namespace aks::sim
