using Ingest.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;

namespace Ingest.Api.Tests;

/// <summary>
/// Starts Ingest.Api the way Program.cs does and returns the validation error that stopped it.
/// WebApplicationFactory is not used here: when a host fails at start, its deferred host can be disposed by the
/// application thread before the test thread asks it for services, and the real error is then lost behind an
/// ObjectDisposedException (seen in CI).
/// </summary>
internal static class StartFailure
{
    public static async Task<OptionsValidationException> OfAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var data = Directory.CreateTempSubdirectory("ingest-start-").FullName;
        try
        {
            var error = await Record.ExceptionAsync(async () =>
            {
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Pipeline:DataPath"] = data });
                builder.AddServiceDefaults();
                builder.AddIngest();

                await using var app = builder.Build();
                app.UseIngest();
                await app.StartAsync();
                await app.StopAsync();
            });
            Assert.NotNull(error);
            var validation = Flatten(error).OfType<OptionsValidationException>().FirstOrDefault();
            Assert.True(validation is not null, error.ToString());
            return validation;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
            }
        }
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        yield return error;
        var inner = error is AggregateException aggregate ? aggregate.InnerExceptions : error.InnerException is { } one ? [one] : [];
        foreach (var exception in inner.SelectMany(Flatten))
        {
            yield return exception;
        }
    }
}
