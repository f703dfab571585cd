#include "CmdletCheck.h"

namespace aks {

std::vector<CmdletArgument> CmdletCheck::arguments(const PsCommand& command) {
    using Kind = PsCommand::Named::Kind;
    std::vector<CmdletArgument> out;
    for (const PsCommand::Named& n : command.named()) {
        CmdletArgument a{n.name, CmdletArgument::Form::Separate, nullptr};
        switch (n.kind) {
        case Kind::Literal:
            a.value = n.values.value(0).toStdString();
            break;
        case Kind::Number:
            a.value = n.values.value(0).toLongLong();
            break;
        case Kind::List:
            a.value = nlohmann::json::array();
            for (const QString& v : n.values)
                a.value.push_back(v.toStdString());
            break;
        case Kind::Variable:
            a.value = {{"$var", n.values.value(0).toStdString()}};
            break;
        case Kind::Flag:
            a.form = CmdletArgument::Form::Colon;
            a.value = n.flag;
            break;
        case Kind::Switch:
            a.form = CmdletArgument::Form::Switch;
            a.value = true;
            break;
        case Kind::Hashtable: {
            nlohmann::json h = nlohmann::json::object();
            for (qsizetype i = 0; i + 1 < n.values.size(); i += 2)
                h[n.values[i].toStdString()] = n.values[i + 1].toStdString();
            a.value = {{"$hashtable", h}};
            break;
        }
        }
        out.push_back(std::move(a));
    }
    return out;
}

CmdletBinding CmdletCheck::bind(const PsCommand& command, const CmdletTable& table) {
    return CmdletBinder(table).bind(command.cmdlet(), arguments(command));
}

} // namespace aks
