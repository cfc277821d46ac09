using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Pipeline.Testing;
using Pipeline.Testing.Infrastructure;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The harness that runs the services as processes: a service is ready only when it answers itself, ports are never
/// handed out twice, and a service that ends by itself is caught with its exit code and last lines. One worker, on the
/// in-memory bus and the file-system store.
/// </summary>
public sealed class ServiceProcessTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("service-process-");

    [Fact]
    public void A_port_is_never_handed_out_twice()
    {
        var ports = Enumerable.Range(0, 300).Select(_ => FreePort.Next()).Concat(FreePort.Several(20)).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    /// <summary>
    /// The fault suite once lost a score worker this way: another service held its port and answered its readiness
    /// probe, while the worker itself died on "address already in use"; the suite then waited out its timeout.
    /// </summary>
    [Fact]
    public async Task A_service_whose_port_another_process_answers_on_is_not_taken_for_ready()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var impostor = builder.Build();
        impostor.MapGet("/health/ready", () => Results.Ok());
        await impostor.StartAsync();

        await using var worker = StartWorker(port);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => worker.WaitReadyAsync(TimeSpan.FromSeconds(90)));

        Assert.Contains($"another process answered on its port {port}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("address already in use", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_service_that_ends_unbidden_is_told_with_its_exit_code_and_last_lines_and_one_ended_by_the_tests_is_not()
    {
        await using var stack = await DistributedStack.StartAsync(WorkerSettings(), workers: ["Workers.Score"], withApi: false);
        var watch = new ServiceWatch(stack);
        var worker = stack.Service("Workers.Score");

        // Ended by the tests: nothing to tell.
        worker.KillHard();
        await Task.Delay(1500);
        Assert.Empty(watch.EndedUnbidden());

        // Ended from elsewhere (SIGTERM not sent by the tests): caught, with the why.
        worker = await stack.StartServiceAsync("Workers.Score");
        var waiting = watch.GuardAsync(Task.Delay(TimeSpan.FromMinutes(2)).ContinueWith(_ => 0, TaskScheduler.Default), "the test waited");
        Assert.True(Command.Signal(worker.Id, 15));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => waiting).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Workers.Score ended while the test waited, and no test ended it", failure.Message, StringComparison.Ordinal);
        Assert.Contains("exited with code 0, not ended by the tests", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Application is shutting down", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Workers.Score", watch.Report(), StringComparison.Ordinal);
    }

    private ServiceProcess StartWorker(int port) =>
        ServiceProcess.Start("Workers.Score", RepoPaths.ServiceDll("Workers.Score"), WorkerSettings(), new Uri($"http://127.0.0.1:{port}"));

    private Dictionary<string, string> WorkerSettings() => new()
    {
        ["Pipeline__Transport"] = "InMemory",
        ["Pipeline__BlobStore"] = "FileSystem",
        ["Pipeline__DataPath"] = _data.FullName,
    };

    public void Dispose() => _data.Delete(recursive: true);
}
