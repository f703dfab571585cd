# Replays recorded scripts (JSON lines {"script": ...}, as aks-sim-powershell's AKS_SIM_RECORD writes
# them) through this PowerShell engine with the AksHci stub module: PowerShell's own parser and binder
# judge every script the app sent. A parse error, a binding error (unknown, ambiguous or missing
# parameter, a value outside a ValidateSet, a wrong type) or an unknown command fails the run, naming
# the script. Other errors (a built-in cmdlet such as Get-Content finding no file here) are notes.
param([Parameter(Mandatory)][string]$RecordDir)
$ErrorActionPreference = 'Stop'
$env:AKS_STUB_LENIENT = '1'
Import-Module AksHci

# Remote calls run their block here: a proxy with Invoke-Command's real parameter metadata binds the
# call as PowerShell would, then runs -ScriptBlock locally instead of over WinRM.
$meta = [System.Management.Automation.CommandMetadata]::new((Get-Command Invoke-Command -CommandType Cmdlet))
$proxy = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($meta) + "`nparam(" +
    [System.Management.Automation.ProxyCommand]::GetParamBlock($meta) + ")`n& `$ScriptBlock"
Set-Item -Path Function:global:Invoke-Command -Value ([ScriptBlock]::Create($proxy))

# Every Windows host has a C: drive on the FileSystem provider. Here there is none, so a provider's
# dynamic parameters (Get-Content -Raw on 'C:\Windows\Temp\...') would not bind: a C: drive on a
# scratch folder lets paths of the HCI node bind as they do there.
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("aks-replay-" + [guid]::NewGuid())
[void](New-Item -ItemType Directory -Path $scratch)
[void](New-PSDrive -Name C -PSProvider FileSystem -Root $scratch -Scope Global)

function Test-BindingError($record) {
    for ($e = $record.Exception; $null -ne $e; $e = $e.InnerException) {
        if ($e -is [System.Management.Automation.ParameterBindingException] -or
            $e -is [System.Management.Automation.CommandNotFoundException] -or
            $e -is [System.Management.Automation.ParseException]) { return $true }
    }
    return $false
}

$seen = [System.Collections.Generic.HashSet[string]]::new()
$total = 0; $failed = 0; $notes = 0
$files = @(Get-ChildItem -LiteralPath $RecordDir -Filter *.jsonl -ErrorAction SilentlyContinue | Sort-Object Name)
foreach ($file in $files.FullName) {
    $n = 0
    foreach ($line in [System.IO.File]::ReadLines($file)) {
        ++$n
        if ($line.Trim() -eq '') { continue }
        $script = ($line | ConvertFrom-Json).script
        ++$total
        if (-not $seen.Add($script)) { continue }
        $errors = $null
        [void][System.Management.Automation.Language.Parser]::ParseInput($script, [ref]$null, [ref]$errors)
        $problems = @()
        $records = @()
        if ($errors.Count -gt 0) {
            $problems += 'parse error: ' + $errors[0].Message
        } elseif (-not $script.StartsWith('# aks-recovery host v1')) {
            # The host loop itself reads stdin forever: parsed here, run for real by tst_ps_hostloop.
            # Errors that do not stop a script are collected too, so every statement gets bound.
            $ErrorActionPreference = 'Continue'
            try {
                $records = @(& ([ScriptBlock]::Create($script)) 2>&1 3>$null 6>$null |
                    Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            } catch { $records = @($_) }
            $ErrorActionPreference = 'Stop'
        }
        foreach ($r in $records) {
            $text = $r.Exception.GetType().Name + ': ' + $r.Exception.Message
            if (Test-BindingError $r) { $problems += $text }
            else { ++$notes; [Console]::Out.WriteLine("NOTE ${file}:${n}: $text") }
        }
        if ($problems.Count -gt 0) {
            ++$failed
            foreach ($p in $problems) { [Console]::Out.WriteLine("FAIL ${file}:${n}: $p") }
            [Console]::Out.WriteLine('    ' + ($script -replace "`n", "`n    "))
        }
    }
}
[Console]::Out.WriteLine("replayed $($seen.Count) distinct scripts ($total recorded, $($files.Count) files): $failed failed, $notes notes")
Remove-PSDrive -Name C -Scope Global
Remove-Item -LiteralPath $scratch -Recurse -Force
if ($total -eq 0) { [Console]::Out.WriteLine('no script was recorded'); exit 1 }
exit ([int]($failed -gt 0))
