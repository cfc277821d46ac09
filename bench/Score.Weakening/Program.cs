using Resume.Scoring;
using Score.Weakening;

// Score.Weakening CASES_DIR [--role ROLE] [--parse] [--show CASE]: prints figures, asserts nothing.
string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var role = Option("--role") ?? RoleGuideCatalog.DefaultRole;
var cases = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
if (cases is null || !Directory.Exists(cases) || !RoleGuideCatalog.BuiltIn.Contains(role))
{
    Console.Error.WriteLine($"Usage: Score.Weakening CASES_DIR [--role {string.Join("|", RoleGuideCatalog.BuiltIn.Roles)}] [--parse] [--show CASE]");
    return 2;
}
return new WeakeningRun(cases, role, args.Contains("--parse"), Option("--show"), Console.Out).Run();
