#include "VeleroCliTable.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

extern const char kAksVeleroCliJson[]; // velero-cli.json, generated into the build tree

namespace aks {
namespace {

QString str(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>())
                                                    : QString();
}

VeleroCliTable::FlagType typeOf(const QString& t) {
    using T = VeleroCliTable::FlagType;
    static const QHash<QString, T> types{{QStringLiteral("bool"), T::Bool},
                                         {QStringLiteral("optionalBool"), T::OptionalBool},
                                         {QStringLiteral("stringArray"), T::StringArray},
                                         {QStringLiteral("map"), T::Map},
                                         {QStringLiteral("duration"), T::Duration},
                                         {QStringLiteral("int"), T::Int},
                                         {QStringLiteral("enum"), T::Enum}};
    return types.value(t, T::String);
}

QHash<QString, VeleroCliTable::Flag> readFlags(const nlohmann::json& flags) {
    QHash<QString, VeleroCliTable::Flag> out;
    for (const auto& [name, f] : flags.items()) {
        VeleroCliTable::Flag flag;
        flag.name = QString::fromStdString(name);
        flag.shorthand = str(f, "short");
        flag.type = typeOf(str(f, "type"));
        flag.since = VeleroSemVer::parse(str(f, "since")).value_or(VeleroSemVer{1, 0, 0});
        if (f.contains("removedIn"))
            flag.removedIn = VeleroSemVer::parse(str(f, "removedIn"));
        flag.bareTrue = f.value("bareTrue", false);
        if (const QString sep = str(f, "separator"); sep.size() == 1)
            flag.separator = sep.at(0);
        if (f.contains("values"))
            for (const auto& v : f.at("values"))
                flag.values << QString::fromStdString(v.get<std::string>());
        out.insert(flag.name, flag);
    }
    return out;
}

std::optional<bool> parseGoBool(const QString& v) {
    static const QStringList yes{QStringLiteral("1"),    QStringLiteral("t"),    QStringLiteral("T"),
                                 QStringLiteral("true"), QStringLiteral("TRUE"), QStringLiteral("True")};
    static const QStringList no{QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                QStringLiteral("false"), QStringLiteral("FALSE"), QStringLiteral("False")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

// pflag's checks of one value; empty when it is accepted.
QString valueError(const VeleroCliTable::Flag& f, const QString& value) {
    using T = VeleroCliTable::FlagType;
    const QString prefix = QStringLiteral("invalid argument \"%1\" for \"--%2\" flag: ").arg(value, f.name);
    switch (f.type) {
    case T::Bool:
    case T::OptionalBool:
        if (!parseGoBool(value))
            return prefix + QStringLiteral("strconv.ParseBool: parsing \"%1\": invalid syntax").arg(value);
        return {};
    case T::Int: {
        bool ok = false;
        value.toLongLong(&ok);
        return ok ? QString()
                  : prefix + QStringLiteral("strconv.ParseInt: parsing \"%1\": invalid syntax").arg(value);
    }
    case T::Duration: {
        static const QRegularExpression d(QRegularExpression::anchoredPattern(
            QStringLiteral("[-+]?(0|(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+)")));
        return d.match(value).hasMatch()
                   ? QString()
                   : prefix + QStringLiteral("time: invalid duration \"%1\"").arg(value);
    }
    case T::Enum:
        return f.values.contains(value)
                   ? QString()
                   : prefix + QStringLiteral("invalid value \"%1\", valid values are: %2")
                                  .arg(value, f.values.join(QStringLiteral(", ")));
    case T::Map: {
        QString error;
        return VeleroCliTable::parseMap(value, &error, f.separator) ? QString() : prefix + error;
    }
    case T::String:
    case T::StringArray:
        return {};
    }
    return {};
}

} // namespace

bool VeleroCliTable::Flag::takesValueWord() const {
    return type != FlagType::Bool && !(type == FlagType::OptionalBool && bareTrue);
}

bool VeleroCliTable::Parsed::isTrue(const QString& flag) const {
    return values.contains(flag) && parseGoBool(values.value(flag)).value_or(false);
}

const VeleroCliTable& VeleroCliTable::instance() {
    static const VeleroCliTable table;
    return table;
}

VeleroCliTable::VeleroCliTable() {
    const auto j = nlohmann::json::parse(kAksVeleroCliJson);
    m_global = readFlags(j.at("global"));
    for (const auto& [path, c] : j.at("commands").items()) {
        Command cmd;
        cmd.path = QString::fromStdString(path);
        cmd.arguments = str(c, "args");
        cmd.flags = readFlags(c.at("flags"));
        m_commands.insert(cmd.path, cmd);
    }
    for (const auto& [provider, p] : j.at("plugins").items()) {
        const QString key = QString::fromStdString(provider);
        m_images.insert(key, str(p, "image"));
        QStringList keys;
        for (const char* list : {"bslConfigKeys", "veleroAddsKeys"})
            for (const auto& k : p.at(list))
                keys << QString::fromStdString(k.get<std::string>());
        m_bslKeys.insert(key, keys);
        QList<PluginRow> rows;
        for (const auto& r : p.at("compat"))
            rows.append({str(r, "velero"), str(r, "plugin"), str(r, "tag")});
        m_compat.insert(key, rows);
    }
}

const VeleroCliTable::Command* VeleroCliTable::command(const QString& path) const {
    const auto it = m_commands.constFind(path);
    return it == m_commands.cend() ? nullptr : &it.value();
}

const VeleroCliTable::Flag* VeleroCliTable::flag(const QString& path, const QString& name,
                                                 const VeleroSemVer& version) const {
    const Command* c = command(path);
    const Flag* f = nullptr;
    if (c) {
        const auto it = c->flags.constFind(name);
        if (it != c->flags.cend())
            f = &it.value();
    }
    if (!f) {
        const auto it = m_global.constFind(name);
        if (it != m_global.cend())
            f = &it.value();
    }
    return f && f->knownIn(version) ? f : nullptr;
}

VeleroCliTable::Parsed VeleroCliTable::parse(const QStringList& args, const VeleroSemVer& version) const {
    Parsed p;
    const QString first = args.value(0);
    qsizetype i = 1;
    if (command(first)) {
        p.command = first;
    } else if (command(first + QLatin1Char(' ') + args.value(1))) {
        p.command = first + QLatin1Char(' ') + args.value(1);
        i = 2;
    } else {
        bool noun = false;
        for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it)
            noun = noun || it.key().startsWith(first + QLatin1Char(' '));
        p.error = noun ? QStringLiteral("unknown command \"%1\" for \"velero %2\"").arg(args.value(1), first)
                       : QStringLiteral("unknown command \"%1\" for \"velero\"").arg(first);
        return p;
    }
    const Command& cmd = *command(p.command);
    const auto byShort = [&](const QString& s) -> const Flag* {
        for (const QHash<QString, Flag>* set : {&cmd.flags, &m_global})
            for (const Flag& f : *set)
                if (f.shorthand == s && f.knownIn(version))
                    return &f;
        return nullptr;
    };
    const auto store = [&p](const Flag& f, const QString& value) -> QString {
        if (const QString e = valueError(f, value); !e.isEmpty())
            return e;
        if (f.type == FlagType::Map) {
            QString ignored;
            const auto m = parseMap(value, &ignored, f.separator);
            for (auto it = m->cbegin(); it != m->cend(); ++it)
                p.maps[f.name].insert(it.key(), it.value());
        }
        p.values.insert(f.name, value); // a repeated string array replaces the earlier value, as velero
        return {};
    };
    for (; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            p.positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            p.positional << a;
            continue;
        }
        const bool isLong = a.startsWith(QLatin1String("--"));
        QString name = isLong ? a.mid(2) : a.mid(1, 1);
        std::optional<QString> inlineValue;
        if (isLong) {
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
        } else if (a.size() > 2) {
            inlineValue = a.mid(a.at(2) == QLatin1Char('=') ? 3 : 2);
        }
        const Flag* f = isLong ? flag(p.command, name, version) : byShort(name);
        if (!f) {
            p.error = isLong ? QStringLiteral("unknown flag: --%1").arg(name)
                             : QStringLiteral("unknown shorthand flag: '%1' in %2").arg(name, a);
            return p;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (!f->takesValueWord()) {
            value = QStringLiteral("true"); // a following "false" stays a positional argument
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            p.error = isLong ? QStringLiteral("flag needs an argument: --%1").arg(name)
                             : QStringLiteral("flag needs an argument: '%1' in -%1").arg(name);
            return p;
        }
        if (const QString e = store(*f, value); !e.isEmpty()) {
            p.error = e;
            return p;
        }
    }
    const auto n = p.positional.size();
    if (cmd.arguments == QLatin1String("max1") && n > 1)
        p.error = QStringLiteral("accepts at most 1 arg(s), received %1").arg(n);
    else if (cmd.arguments == QLatin1String("exact1") && n != 1)
        p.error = QStringLiteral("accepts 1 arg(s), received %1").arg(n);
    return p;
}

std::optional<QMap<QString, QString>> VeleroCliTable::parseMap(const QString& value, QString* error,
                                                               QChar separator) {
    // One CSV record: fields split at commas outside double quotes.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("extraneous or missing \" in quoted-field");
        return std::nullopt;
    }
    fields << field;
    QMap<QString, QString> out;
    for (const QString& f : fields) {
        const qsizetype eq = f.indexOf(separator);
        if (eq <= 0) {
            *error = QStringLiteral("all key-value pairs must be in the format key%1value, not \"%2\"")
                         .arg(separator)
                         .arg(f);
            return std::nullopt;
        }
        out.insert(f.left(eq), f.mid(eq + 1));
    }
    return out;
}

QString VeleroCliTable::formatMap(const QMap<QString, QString>& map) {
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString pair = it.key() + QLatin1Char('=') + it.value();
        parts << (pair.contains(QLatin1Char(',')) || pair.contains(QLatin1Char('"'))
                      ? QLatin1Char('"') + QString(pair).replace(QLatin1String("\""), QLatin1String("\"\"")) +
                            QLatin1Char('"')
                      : pair);
    }
    return parts.join(QLatin1Char(','));
}

QString VeleroCliTable::pluginImage(const QString& provider) const {
    return m_images.value(provider);
}

std::optional<VeleroCliTable::PluginRow> VeleroCliTable::pluginFor(const QString& provider,
                                                                   const VeleroSemVer& velero) const {
    for (const PluginRow& r : m_compat.value(provider))
        if (r.velero == velero.minorKey())
            return r;
    return std::nullopt;
}

bool VeleroCliTable::pluginPairs(const QString& provider, const QString& image,
                                 const VeleroSemVer& velero) const {
    const auto row = pluginFor(provider, velero);
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    // A mirror registry is fine: the repository's last path component names the plugin.
    const QString repo = image.left(colon);
    const QString name = pluginImage(provider).section(QLatin1Char('/'), -1);
    if (!row || colon < 0 || repo.section(QLatin1Char('/'), -1) != name)
        return false;
    const auto tag = VeleroSemVer::parse(image.mid(colon + 1));
    return tag && tag->minorKey() == row->plugin;
}

QStringList VeleroCliTable::bslConfigKeys(const QString& provider) const {
    return m_bslKeys.value(provider);
}

QString VeleroCliTable::newestVelero() const {
    QString newest;
    std::optional<VeleroSemVer> best;
    for (const auto& rows : m_compat)
        for (const PluginRow& r : rows)
            if (const auto v = VeleroSemVer::parse(r.velero); v && (!best || *best < *v)) {
                best = v;
                newest = r.velero;
            }
    return newest;
}

} // namespace aks
