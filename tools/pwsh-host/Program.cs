// pwsh-host: the real PowerShell 7 engine (Microsoft.PowerShell.SDK) behind pwsh's own command line,
// for the tests. Plain arguments go to PowerShell's console host unchanged (-NoProfile,
// -NonInteractive, -ExecutionPolicy, -EncodedCommand, -Command -, stdin, exit codes, errors on
// stderr). One mode of our own: --check-literals (see LiteralChecker).
using System;
using System.Linq;

namespace AksPwshHost;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check-literals")
            return LiteralChecker.Run(Console.OpenStandardInput(), Console.Out);
        // --module-path DIR: prepended to PSModulePath, so Import-Module AksHci finds the stub module.
        if (args.Length > 1 && args[0] == "--module-path")
        {
            var old = Environment.GetEnvironmentVariable("PSModulePath");
            Environment.SetEnvironmentVariable("PSModulePath",
                string.IsNullOrEmpty(old) ? args[1] : args[1] + System.IO.Path.PathSeparator + old);
            args = args.Skip(2).ToArray();
        }
        // Plain output as Windows PowerShell 5.1 prints it (no ANSI colours), no telemetry or update check.
        foreach (var (name, value) in new[] { ("NO_COLOR", "1"), ("POWERSHELL_TELEMETRY_OPTOUT", "1"),
                                              ("POWERSHELL_UPDATECHECK", "Off") })
            if (Environment.GetEnvironmentVariable(name) == null)
                Environment.SetEnvironmentVariable(name, value);
        return Microsoft.PowerShell.ConsoleShell.Start(null, null, args);
    }
}
