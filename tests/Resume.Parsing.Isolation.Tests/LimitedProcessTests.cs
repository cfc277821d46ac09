using System.Net;
using System.Net.Sockets;
using Resume.Parsing.Isolation.Limits;

namespace Resume.Parsing.Isolation.Tests;

/// <summary>
/// The launcher any untrusted work runs through (the parser today, OCR next), checked with a shell as the program: the
/// kernel, not the program's good will, keeps it from writing files, reaching the network, burning CPU or seeing the
/// parent's secrets.
/// </summary>
public sealed class LimitedProcessTests
{
    private static readonly Dictionary<string, string> Path = new() { ["PATH"] = "/usr/bin:/bin" };

    [Fact]
    public async Task A_program_that_writes_a_file_is_stopped_by_the_kernel()
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"limited-{Guid.NewGuid():N}");
        try
        {
            var (signal, _) = await RunAsync($"echo resume data > {file}; echo wrote", new ProcessLimits());
            Assert.Equal(25, signal); // SIGXFSZ
            Assert.True(!File.Exists(file) || new FileInfo(file).Length == 0, "the program wrote into a file");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_program_cannot_reach_a_server_on_this_machine()
    {
        Assert.True(NetworkIsolation.Available, "this system allows no network namespace (unshare --net), so children keep the network");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (_, output) = await RunAsync($"(echo hello > /dev/tcp/127.0.0.1/{port}) 2>/dev/null && echo reached || echo unreachable", new ProcessLimits());
        Assert.Equal("unreachable", output.Trim());
        Assert.False(listener.Pending(), "a connection arrived");
    }

    [Fact]
    public void A_process_disposed_while_its_watchdog_samples_it_reads_as_gone()
    {
        var process = LimitedProcess.Start("/bin/bash", ["-c", "sleep 5"], Path, new ProcessLimits());
        Assert.True(process.ResidentBytes > 0, "a running program has resident memory");
        process.Dispose();

        // A watchdog's timer may fire once more after the parse that owned it disposed the process: it must read
        // "gone", not throw on a thread of its own and take the whole host down.
        Assert.Equal(0, process.ResidentBytes);
        Assert.Equal(0, process.PeakResidentBytes);
    }

    [Fact]
    public async Task A_program_that_spins_is_ended_at_its_cpu_limit()
    {
        var (signal, _) = await RunAsync("while :; do :; done", new ProcessLimits { CpuSeconds = 1 });
        Assert.True(signal is 24 or 9, $"ended by signal {signal}"); // SIGXCPU, then SIGKILL at the hard limit
    }

    [Fact]
    public async Task A_program_sees_only_the_environment_it_is_given()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Secret", "postgres://user:password@db");
        var (_, output) = await RunAsync("env", new ProcessLimits());
        Assert.DoesNotContain("password", output);
        Assert.Contains("PATH=/usr/bin:/bin", output);
    }

    [Fact]
    public async Task A_program_past_its_address_space_cannot_allocate()
    {
        // 64 MB of address space: far too little for a shell to hold a 256 MB string.
        var (signal, output) = await RunAsync("x=$(head -c 268435456 /dev/zero | tr '\\0' a); echo ${#x}", new ProcessLimits { AddressSpaceBytes = 64L * 1024 * 1024 });
        Assert.False(signal is null && output.Trim() == "268435456", "the program allocated past its limit");
    }

    private static async Task<(int? Signal, string Output)> RunAsync(string script, ProcessLimits limits)
    {
        using var process = LimitedProcess.Start("/bin/bash", ["-c", script], Path, limits);
        process.Input.Close();
        var output = await new StreamReader(process.Output).ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitSignal, output);
    }
}
