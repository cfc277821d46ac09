using System.Diagnostics;

namespace Parse.Holdout;

/// <summary>Runs the producers (Chromium, node, LaTeX, LibreOffice, pandoc, poppler) with a time limit.</summary>
internal static class Tools
{
    public static (int Code, string Output) Run(string file, IEnumerable<string> args, string? workDir = null, int timeoutSeconds = 120)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeoutSeconds} s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static bool Exists(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, file)));

    public static string Version(string file, string arg = "--version")
    {
        try
        {
            var (_, output) = Run(file, [arg], timeoutSeconds: 30);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? file;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return file;
        }
    }

    /// <summary>Chromium prints a local HTML file; other hosts fail at once instead of waiting on the network.</summary>
    public static bool PrintPdf(string html, string pdf)
    {
        var (code, output) = Run("chromium",
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
        ], timeoutSeconds: 90);
        if (code != 0 || !File.Exists(pdf))
        {
            Console.Error.WriteLine($"chromium failed for {html}: {output.Split('\n').LastOrDefault(l => l.Length > 0)}");
            return false;
        }
        return true;
    }
}
