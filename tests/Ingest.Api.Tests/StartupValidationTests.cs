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
        var validation = await StartFailure.OfAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(named, validation.Message);
    }
}
