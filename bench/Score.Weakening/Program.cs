using Resume.Scoring;
using Score.Weakening;

// Score.Weakening [CASES_DIR] [--role ROLE|auto] [--count N] [--parse] [--show CASE]: prints figures, asserts nothing.
// Without CASES_DIR it weakens generated résumés of every guide's field (Resume.Fixtures), so it runs on a bare clone.
string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var role = Option("--role") ?? RoleGuideCatalog.Auto;
var cases = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
var count = int.TryParse(Option("--count"), out var n) && n > 0 ? n : 20;
if ((cases is not null && !Directory.Exists(cases)) || !RoleGuideCatalog.BuiltIn.Accepts(role))
{
    Console.Error.WriteLine($"Usage: Score.Weakening [CASES_DIR] [--role auto|{string.Join("|", RoleGuideCatalog.BuiltIn.Roles)}] [--count N] [--parse] [--show CASE]");
    return 2;
}
var run = new WeakeningRun(role, args.Contains("--parse"), Option("--show"), Console.Out);
return cases is null ? run.RunGenerated(count) : run.Run(cases);
