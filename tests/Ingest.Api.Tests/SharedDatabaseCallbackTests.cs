using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// Two API instances on one PostgreSQL database (Hangfire's storage there too): a tenant made on one calls the other,
/// and its callback is signed with the secret the first encrypted, whichever instance runs the delivery job.
/// </summary>
public sealed class SharedDatabaseCallbackTests
{
    [Fact]
    public async Task A_tenant_created_on_one_instance_is_served_and_called_back_by_another()
    {
        var settings = DistributedSettings.Load();
        var name = $"pipeline_partners_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(settings["ConnectionStrings__Pipeline"], name);
        try
        {
            var shared = Partners.Settings(new()
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Pipeline"] = connectionString,
                ["Callbacks:AllowPrivateNetworks"] = "true",
            });
            await using var first = new AllInOneApp(shared);
            await using var second = new AllInOneApp(shared);
            await using var receiver = await CallbackReceiver.StartAsync();
            var tenant = await first.CreateTenantAsync("Shared Partner");

            var accepted = await second.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume("Sam Shared"), "sam.txt", receiver.Url);
            var callback = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(90)))[0];

            Assert.True(WebhookVerifier.IsValid(callback, tenant.SigningSecret), "signed with the secret the other instance encrypted");
            Assert.Contains(accepted.Id, callback.Body);
            Assert.Equal("completed", (await first.ScansAs(tenant.ApiKey).GetAsync(accepted.Id)).Status);
            Assert.True(await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()) >= 1, "the key ring lives in the database");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            Ingest.Data.Callbacks.CallbackDelivery delivery;
            while ((delivery = await first.WithDbAsync(db => db.CallbackDeliveries.AsNoTracking().SingleAsync(d => d.SubjectId == Guid.Parse(accepted.Id)))).DeliveredAt is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "the delivery was marked delivered");
                await Task.Delay(100);
            }
            Assert.Equal(1, delivery.Attempts);
            Assert.Single(receiver.Received);
        }
        finally
        {
            await PostgresDatabases.DropAsync(settings["ConnectionStrings__Pipeline"], name);
        }
    }
}
