# Replays recorded scripts (JSON lines {"script": ...}, as aks-sim-powershell's AKS_SIM_RECORD writes
# them) through this PowerShell engine with the AksHci stub module: PowerShell's own parser and binder
# judge every script the app sent. Any parse, binding or other error fails the run, naming the script.
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

$seen = [System.Collections.Generic.HashSet[string]]::new()
$total = 0; $failed = 0
foreach ($file in (Get-ChildItem -LiteralPath $RecordDir -Filter *.jsonl | Sort-Object Name).FullName) {
    $n = 0
    foreach ($line in [System.IO.File]::ReadLines($file)) {
        ++$n
        if ($line.Trim() -eq '') { continue }
        $script = ($line | ConvertFrom-Json).script
        ++$total
        if (-not $seen.Add($script)) { continue }
        $errors = $null
        [void][System.Management.Automation.Language.Parser]::ParseInput($script, [ref]$null, [ref]$errors)
        $problem = if ($errors.Count -gt 0) { 'parse error: ' + $errors[0].Message } else { $null }
        # The host loop itself reads stdin forever: parsed here, run for real by the host-loop test.
        if (-not $problem -and -not $script.StartsWith('# aks-recovery host v1')) {
            try { $null = & ([ScriptBlock]::Create($script)) 6>$null 3>$null }
            catch { $problem = $_.Exception.GetType().Name + ': ' + $_.Exception.Message }
        }
        if ($problem) {
            ++$failed
            [Console]::Out.WriteLine("FAIL ${file}:${n}: $problem")
            [Console]::Out.WriteLine('    ' + ($script -replace "`n", "`n    "))
        }
    }
}
[Console]::Out.WriteLine("replayed $($seen.Count) distinct scripts ($total recorded): $failed failed")
if ($total -eq 0) { [Console]::Out.WriteLine('no script was recorded'); exit 1 }
exit ([int]($failed -gt 0))
