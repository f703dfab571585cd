#pragma once

#include "VeleroSemVer.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace aks {

// The project's velero CLI table (velero-cli.json, compiled in): every command's flags with their
// type and the releases that know them, and the plugins' compatibility rows and config keys. The
// client builds its command lines against it and the simulator parses them with it, so both agree
// with velero's own flag parsing (pflag) for the version the CLI reports.
class VeleroCliTable {
public:
    enum class FlagType { Bool, OptionalBool, String, StringArray, Map, Duration, Int, Enum };
    struct Flag {
        QString name;
        QString shorthand;
        FlagType type = FlagType::String;
        VeleroSemVer since;
        std::optional<VeleroSemVer> removedIn;
        bool bareTrue = false;              // optionalBool whose bare form means true
        QStringList values;                 // enum
        QChar separator = QLatin1Char('='); // map: between key and value (namespace mappings: ':')
        bool takesValueWord() const;
        bool knownIn(const VeleroSemVer& v) const {
            return !(v < since) && !(removedIn && !(v < *removedIn));
        }
    };
    struct Command {
        QString path;      // "restore create"
        QString arguments; // any | max1 | exact1 | many
        QHash<QString, Flag> flags;
    };
    // A command line as velero of one version reads it.
    struct Parsed {
        QString command;
        QStringList positional;
        QMap<QString, QString> values;              // last value of every flag given (long name)
        QMap<QString, QMap<QString, QString>> maps; // map flags, merged
        QString error;                              // what velero prints after "Error: "; empty when accepted
        bool ok() const { return error.isEmpty(); }
        bool isTrue(const QString& flag) const;
    };
    struct PluginRow {
        QString velero; // 1.13
        QString plugin; // 1.9
        QString tag;    // v1.9.0
    };

    static const VeleroCliTable& instance();

    const Command* command(const QString& path) const;
    // The flag when velero `version` has it on that command (or as a global flag).
    const Flag* flag(const QString& command, const QString& name, const VeleroSemVer& version) const;
    bool supports(const QString& command, const QString& name, const VeleroSemVer& version) const {
        return flag(command, name, version) != nullptr;
    }
    Parsed parse(const QStringList& arguments, const VeleroSemVer& version) const;

    // velero's mapStringString: k=v pairs, one CSV record (double quotes protect commas).
    static std::optional<QMap<QString, QString>> parseMap(const QString& value, QString* error,
                                                          QChar separator = QLatin1Char('='));
    // The value written for a map flag; values with a comma or quote are CSV-quoted.
    static QString formatMap(const QMap<QString, QString>& map);

    QString pluginImage(const QString& provider) const; // azure | aws
    std::optional<PluginRow> pluginFor(const QString& provider, const VeleroSemVer& velero) const;
    // True when the image's tag is the plugin line the table pairs with that velero.
    bool pluginPairs(const QString& provider, const QString& image, const VeleroSemVer& velero) const;
    QStringList bslConfigKeys(const QString& provider) const;
    QString newestVelero() const; // the newest velero line the table knows, e.g. 1.18

private:
    VeleroCliTable();
    QHash<QString, Command> m_commands;
    QHash<QString, Flag> m_global;
    QHash<QString, QString> m_images;
    QHash<QString, QList<PluginRow>> m_compat;
    QHash<QString, QStringList> m_bslKeys;
};

} // namespace aks
