using Ingest.Data.Outbox;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ingest.Data;

public sealed class IngestDbContext(DbContextOptions<IngestDbContext> options) : DbContext(options)
{
    public DbSet<Scan> Scans => Set<Scan>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text it cannot compare or sort; as a number it can. Every value is UTC.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Scan>(scan =>
        {
            scan.ToTable("Scans");
            scan.HasKey(s => s.Id);
            scan.Property(s => s.Id).ValueGeneratedNever();
            scan.Property(s => s.Role).HasMaxLength(Scan.RoleLength);
            scan.Property(s => s.FileName).HasMaxLength(Scan.FileNameLength);
            scan.Property(s => s.ContentSha256).HasMaxLength(64);
            scan.Property(s => s.IdempotencyKey).HasMaxLength(Scan.IdempotencyKeyLength);
            scan.Property(s => s.RequestFingerprint).HasMaxLength(64);
            scan.Property(s => s.FailureStage).HasMaxLength(16);
            scan.Property(s => s.FailureCode).HasMaxLength(32);
            scan.Property(s => s.FailureMessage).HasMaxLength(Scan.FailureMessageLength);
            scan.HasIndex(s => s.IdempotencyKey).IsUnique();
            scan.HasIndex(s => new { s.Status, s.UpdatedAt });
            scan.HasIndex(s => s.TenantId);
            // The retention purge looks for live scans by age.
            scan.HasIndex(s => s.CreatedAt);
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("OutboxMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.MessageType).HasMaxLength(OutboxMessage.MessageTypeLength);
            message.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorLength);
            message.Property(m => m.TraceParent).HasMaxLength(OutboxMessage.TraceParentLength);
            message.Property(m => m.TraceState).HasMaxLength(OutboxMessage.TraceStateLength);
            message.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
            message.HasIndex(m => m.ScanId);
            message.HasIndex(m => m.LeaseOwner);
        });
    }
}
