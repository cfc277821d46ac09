using Microsoft.Extensions.Options;

namespace Ingest.Api.Tests;

/// <summary>Settings that cannot work stop the service at start with a sentence that says what to set.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Database:Provider", "Postgres", "ConnectionStrings:Pipeline")]
    [InlineData("Database:Provider", "SqlServer", "ConnectionStrings:Pipeline")]
    [InlineData("Pipeline:Transport", "RabbitMq", "ConnectionStrings:RabbitMq")]
    [InlineData("Pipeline:BlobStore", "AzureBlob", "ConnectionStrings:Blobs")]
    [InlineData("Pipeline:Workers", "None", "Pipeline:Transport=RabbitMq")]
    public async Task A_missing_setting_stops_the_start_with_a_clear_message(string key, string value, string named)
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        var validation = Flatten(error).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, error.ToString());
        Assert.Contains(named, validation.Message);
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
