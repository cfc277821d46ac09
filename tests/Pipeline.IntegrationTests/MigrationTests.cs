using Ingest.Data;
using Ingest.Data.Callbacks;
using Ingest.Data.Database;
using Ingest.Data.Scans;
using Ingest.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>Each provider's migrations: applied for real on SQLite and PostgreSQL, scripted for SQL Server (no server here).</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Sqlite_migrations_apply_and_match_the_model()
    {
        var folder = Directory.CreateTempSubdirectory("migrate-");
        try
        {
            await using var db = Context(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "pipeline.db")}");
            await AssertMigratesAndWorksAsync(db);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_migrations_apply_and_match_the_model()
    {
        var name = $"pipeline_migrate_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(Services.Postgres, name);
        try
        {
            await using var db = Context(DatabaseProvider.Postgres, connectionString);
            await AssertMigratesAndWorksAsync(db);
        }
        finally
        {
            await PostgresDatabases.DropAsync(Services.Postgres, name);
        }
    }

    [Fact]
    public async Task Sqlite_upgrade_keeps_each_tenants_key_working_from_its_own_table()
    {
        var folder = Directory.CreateTempSubdirectory("migrate-");
        try
        {
            await using var db = Context(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "pipeline.db")}");
            await AssertTenantKeysMoveOnUpgradeAsync(db);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_upgrade_keeps_each_tenants_key_working_from_its_own_table()
    {
        var name = $"pipeline_upgrade_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(Services.Postgres, name);
        try
        {
            await using var db = Context(DatabaseProvider.Postgres, connectionString);
            await AssertTenantKeysMoveOnUpgradeAsync(db);
        }
        finally
        {
            await PostgresDatabases.DropAsync(Services.Postgres, name);
        }
    }

    [Fact]
    public void Sql_server_scripts_are_generated_without_a_server_and_create_the_schema()
    {
        using var db = new Ingest.Data.SqlServer.DesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "the SQL Server migrations are behind the model: add a migration");
        var create = db.Database.GenerateCreateScript();
        var idempotent = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var script in new[] { create, idempotent })
        {
            Assert.Contains("CREATE TABLE [Scans]", script);
            Assert.Contains("CREATE TABLE [OutboxMessages]", script);
            Assert.Contains("[Id] uniqueidentifier NOT NULL", script);
            Assert.Contains("datetimeoffset", script);
            Assert.Contains("CREATE UNIQUE INDEX [IX_Scans_IdempotencyKey]", script);
            Assert.Contains("CREATE TABLE [Subscribers]", script);
            Assert.Contains("CREATE UNIQUE INDEX [IX_Subscribers_Email]", script);
            Assert.Contains("CREATE TABLE [DigestDeliveries]", script);
            Assert.Contains("CONSTRAINT [PK_DigestDeliveries] PRIMARY KEY ([SubscriberId], [Week])", script);
            Assert.Contains("ON DELETE CASCADE", script);
            Assert.Contains("CREATE TABLE [SigningKeys]", script);
            Assert.Contains("CREATE TABLE [Tenants]", script);
            Assert.Contains("CREATE TABLE [TenantApiKeys]", script);
            Assert.Contains("CONSTRAINT [PK_TenantApiKeys] PRIMARY KEY ([KeyPrefix])", script);
            Assert.Contains("CREATE TABLE [CallbackDeliveries]", script);
            Assert.Contains("CREATE TABLE [CallbackAttempts]", script);
            Assert.Contains("CREATE TABLE [SubscriberTips]", script);
            Assert.Contains("CREATE TABLE [CandidateScans]", script);
            Assert.Contains("CREATE TABLE [DataProtectionKeys]", script);
        }
        Assert.Contains("IX_CallbackDeliveries_SubjectId_Event", create);
        Assert.Contains("INSERT INTO [TenantApiKeys]", idempotent);
        Assert.Contains("IF NOT EXISTS", idempotent);
        Assert.Contains("__EFMigrationsHistory", idempotent);
    }

    [Fact]
    public void The_design_time_factories_pick_their_own_provider_and_migrations()
    {
        using var sqlite = new Ingest.Data.Sqlite.DesignTimeFactory().CreateDbContext([]);
        using var postgres = new Ingest.Data.Postgres.DesignTimeFactory().CreateDbContext([]);
        Assert.True(sqlite.Database.IsSqlite());
        Assert.True(postgres.Database.IsNpgsql());
        Assert.All(new DbContext[] { sqlite, postgres }, db => Assert.NotEmpty(db.Database.GetMigrations()));
        Assert.False(sqlite.Database.HasPendingModelChanges(), "the SQLite migrations are behind the model: add a migration");
        Assert.False(postgres.Database.HasPendingModelChanges(), "the PostgreSQL migrations are behind the model: add a migration");
    }

    private static IngestDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<IngestDbContext>();
        options.UseProvider(provider, connectionString);
        return new IngestDbContext(options.Options);
    }

    /// <summary>Migrates twice (the second is a no-op), then stores and compares dates the way the outbox and sweep do.</summary>
    private static async Task AssertMigratesAndWorksAsync(IngestDbContext db)
    {
        await db.Database.MigrateAsync();
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var now = DateTimeOffset.UtcNow;
        db.Scans.Add(new Scan { Id = Guid.NewGuid(), Role = "backend-developer", CreatedAt = now.AddMinutes(-10), UpdatedAt = now.AddMinutes(-10) });
        db.Scans.Add(new Scan { Id = Guid.NewGuid(), Role = "backend-developer", CreatedAt = now, UpdatedAt = now, IdempotencyKey = "anonymous:k" });
        await db.SaveChangesAsync();
        var cutoff = now.AddMinutes(-5);
        Assert.Equal(1, await db.Scans.CountAsync(s => s.UpdatedAt < cutoff && s.Status < ScanStatus.Completed));

        db.Scans.Add(new Scan { Id = Guid.NewGuid(), Role = "backend-developer", CreatedAt = now, UpdatedAt = now, IdempotencyKey = "anonymous:k" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // One callback delivery per scan and event, whoever records it.
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Partner", ProtectedSigningSecret = "sealed", CreatedAt = now };
        var scanId = Guid.NewGuid();
        db.Tenants.Add(tenant);
        db.Scans.Add(new Scan { Id = scanId, TenantId = tenant.Id, CallbackUrl = "https://hooks.example.com/", Role = "backend-developer", Status = ScanStatus.Completed, CreatedAt = now, UpdatedAt = now });
        db.CallbackDeliveries.Add(Delivery(scanId, tenant.Id, now));
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.CallbackDeliveries.CountAsync(d => d.DeliveredAt == null && d.GaveUpAt == null && d.NextAttemptAt <= now));
        db.CallbackDeliveries.Add(Delivery(scanId, tenant.Id, now));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    /// <summary>
    /// A database from before keys had their own table, with a live and a revoked tenant, migrated to the latest: the live
    /// tenant's key row has its hash and no end, the revoked one's ended when it was revoked, and callbacks keep their scan.
    /// </summary>
    private static async Task AssertTenantKeysMoveOnUpgradeAsync(IngestDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_Tenants", StringComparison.Ordinal)));
        var sqlite = db.Database.IsSqlite();
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
        object When(DateTimeOffset at) => sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)! : at;
        var created = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var revokedAt = created.AddDays(3);
        Guid live = Guid.NewGuid(), revoked = Guid.NewGuid(), scan = Guid.NewGuid(), delivery = Guid.NewGuid();
        var liveHash = System.Security.Cryptography.SHA256.HashData("rpk_live-key"u8);
        const string columns = "\"Id\", \"Name\", \"KeyPrefix\", \"KeyHash\", \"ProtectedSigningSecret\", \"CreatedAt\"";
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"Tenants\" ({columns}) VALUES ({{0}}, 'Live', 'rpk_live0000000a', {{1}}, 'sealed', {{2}})", Id(live), liveHash, When(created));
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"Tenants\" ({columns}, \"RevokedAt\") VALUES ({{0}}, 'Gone', 'rpk_gone0000000b', {{1}}, 'sealed', {{2}}, {{3}})",
            Id(revoked), new byte[32], When(created), When(revokedAt));
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"CallbackDeliveries\" (\"Id\", \"ScanId\", \"TenantId\", \"Event\", \"Url\", \"Payload\", \"CreatedAt\", \"Attempts\", \"NextAttemptAt\") " +
            "VALUES ({0}, {1}, {2}, 'scan.completed', 'https://hooks.example.com/', '{{}}', {3}, 0, {3})", Id(delivery), Id(scan), Id(live), When(created));

        await migrator.MigrateAsync();

        var keys = await db.TenantApiKeys.AsNoTracking().OrderBy(k => k.KeyPrefix).ToListAsync();
        Assert.Equal(["rpk_gone0000000b", "rpk_live0000000a"], keys.Select(k => k.KeyPrefix));
        Assert.Equal((revoked, (DateTimeOffset?)revokedAt), (keys[0].TenantId, keys[0].ExpiresAt));
        Assert.Equal((live, (DateTimeOffset?)null, created), (keys[1].TenantId, keys[1].ExpiresAt, keys[1].CreatedAt));
        Assert.Equal(liveHash, keys[1].KeyHash);
        Assert.Equal(2, await db.Tenants.CountAsync(t => t.UploadsPerWindow == null && t.DeletedAt == null));
        Assert.Equal(scan, (await db.CallbackDeliveries.AsNoTracking().SingleAsync(d => d.Id == delivery)).SubjectId);
    }

    private static CallbackDelivery Delivery(Guid scanId, Guid tenantId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), SubjectId = scanId, TenantId = tenantId, Event = "scan.completed", Url = "https://hooks.example.com/", Payload = "{}",
        CreatedAt = now, NextAttemptAt = now,
    };
}
