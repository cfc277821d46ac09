using Resume.Model;

/// <summary>A report as plain text, every sentence it says about the résumé, for reading it against the résumé.</summary>
internal static class ReportText
{
    public static void Write(TextWriter output, string name, ScoreReport report)
    {
        output.WriteLine($"=== {name}: {report.Score}, {report.RoleFit?.Role} ({report.RoleFit?.Fit})");
        output.WriteLine($"  verdict: {report.Verdict}");
        foreach (var check in report.Checks)
        {
            output.WriteLine($"  [{check.Status}] {check.Id}: {check.Detail}");
            foreach (var line in check.Evidence)
            {
                output.WriteLine($"      | {line}");
            }
            if (!string.IsNullOrEmpty(check.Fix))
            {
                output.WriteLine($"      fix: {check.Fix}");
            }
        }
        foreach (var advice in report.Guide.Advice)
        {
            output.WriteLine($"  advice: {advice}");
        }
    }
}
