using System.Runtime.InteropServices;
using Resume.Parsing.Isolation.Child;

namespace Resume.Parsing.Isolation;

/// <summary>
/// Where the parser program and the runtime that runs it are: this very assembly (it is the program), and the
/// <c>dotnet</c> host of the runtime this process runs on. The same in every mode: <c>dotnet run</c>, built or
/// published binaries, test hosts, containers.
/// </summary>
internal static class ChildLocation
{
    public static string Program { get; } = FindProgram();

    public static string DotnetHost { get; } = FindDotnetHost();

    private static string FindProgram()
    {
        var location = typeof(ChildProgram).Assembly.Location;
        var dll = location.Length > 0 ? location : Path.Combine(AppContext.BaseDirectory, "Resume.Parsing.Isolation.dll");
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(dll) || !File.Exists(config))
        {
            throw new SandboxUnavailableException(
                $"The parser program is not beside this one ({dll} and its runtimeconfig.json); build or publish the host with its project references.");
        }
        return dll;
    }

    private static string FindDotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ -> .../dotnet/dotnet
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var candidates = new[]
        {
            runtime.Parent?.Parent?.Parent is { } root ? Path.Combine(root.FullName, name) : null,
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Environment.ProcessPath is { } self && Path.GetFileName(self) == name ? self : null,
        };
        return candidates.FirstOrDefault(c => c is not null && File.Exists(c)) ?? name;
    }
}
