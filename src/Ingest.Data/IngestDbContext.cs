using Ingest.Data.Batches;
using Ingest.Data.Callbacks;
using Ingest.Data.Candidates;
using Ingest.Data.Keys;
using Ingest.Data.Outbox;
using Ingest.Data.Scans;
using Ingest.Data.Subscribers;
using Ingest.Data.Tenants;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ingest.Data;

public sealed class IngestDbContext(DbContextOptions<IngestDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Scan> Scans => Set<Scan>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<SubscriberTip> SubscriberTips => Set<SubscriberTip>();
    public DbSet<CandidateScan> CandidateScans => Set<CandidateScan>();

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantApiKey> TenantApiKeys => Set<TenantApiKey>();
    public DbSet<CallbackDelivery> CallbackDeliveries => Set<CallbackDelivery>();
    public DbSet<CallbackAttempt> CallbackAttempts => Set<CallbackAttempt>();

    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<BatchEntry> BatchEntries => Set<BatchEntry>();

    /// <summary>The data-protection key ring, shared by every instance so each can read what another encrypted.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
            scan.Property(s => s.CallbackUrl).HasMaxLength(CallbackDelivery.UrlLength);
            scan.HasIndex(s => s.IdempotencyKey).IsUnique();
            scan.HasIndex(s => new { s.Status, s.UpdatedAt });
            scan.HasIndex(s => s.TenantId);
            // The retention purge looks for live scans by age.
            scan.HasIndex(s => s.CreatedAt);
            scan.Property(s => s.EntryName).HasMaxLength(Scan.EntryNameLength);
            // A batch's results in upload order; its next scans to release.
            scan.HasIndex(s => new { s.BatchId, s.EntryIndex });
            scan.HasIndex(s => new { s.BatchId, s.ReleasedAt, s.EntryIndex });
        });

        modelBuilder.Entity<Batch>(batch =>
        {
            batch.ToTable("Batches");
            batch.HasKey(b => b.Id);
            batch.Property(b => b.Id).ValueGeneratedNever();
            batch.Property(b => b.Role).HasMaxLength(Scan.RoleLength);
            batch.Property(b => b.CallbackUrl).HasMaxLength(CallbackDelivery.UrlLength);
            batch.Property(b => b.ContactEmail).HasMaxLength(Batch.ContactEmailLength);
            batch.Property(b => b.SourceName).HasMaxLength(Batch.SourceNameLength);
            batch.Property(b => b.IdempotencyKey).HasMaxLength(Batch.IdempotencyKeyLength);
            batch.Property(b => b.RequestFingerprint).HasMaxLength(64);
            // Keys are the tenant's own: another tenant may use the same one.
            batch.HasIndex(b => new { b.TenantId, b.IdempotencyKey }).IsUnique();
            // A tenant's list, newest first; the release loop and the retention purge read unfinished and old batches.
            batch.HasIndex(b => new { b.TenantId, b.CreatedAt });
            batch.HasIndex(b => new { b.Status, b.CreatedAt });
            batch.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.Restrict);
            batch.HasMany<BatchEntry>().WithOne().HasForeignKey(e => e.BatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<BatchEntry>(entry =>
        {
            entry.ToTable("BatchEntries");
            entry.HasKey(e => new { e.BatchId, e.Index });
            entry.Property(e => e.Name).HasMaxLength(BatchEntry.NameLength);
            entry.Property(e => e.Code).HasMaxLength(BatchEntry.CodeLength);
            entry.Property(e => e.Message).HasMaxLength(BatchEntry.MessageLength);
            entry.Property(e => e.DuplicateOf).HasMaxLength(BatchEntry.NameLength);
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

        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Id);
            tenant.Property(t => t.Id).ValueGeneratedNever();
            tenant.Property(t => t.Name).HasMaxLength(Tenant.NameLength);
            tenant.Property(t => t.ProtectedSigningSecret).HasMaxLength(Tenant.ProtectedSecretLength);
            tenant.Property(t => t.PreviousProtectedSigningSecret).HasMaxLength(Tenant.ProtectedSecretLength);
            tenant.HasMany<TenantApiKey>().WithOne().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TenantApiKey>(key =>
        {
            key.ToTable("TenantApiKeys");
            // Requests find their key by its prefix, unique across every tenant.
            key.HasKey(k => k.KeyPrefix);
            key.Property(k => k.KeyPrefix).HasMaxLength(TenantApiKey.PrefixLength);
            key.Property(k => k.KeyHash).HasMaxLength(32);
            key.HasIndex(k => k.TenantId);
        });

        modelBuilder.Entity<CallbackDelivery>(delivery =>
        {
            delivery.ToTable("CallbackDeliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.Event).HasMaxLength(CallbackDelivery.EventLength);
            delivery.Property(d => d.Url).HasMaxLength(CallbackDelivery.UrlLength);
            delivery.Property(d => d.LastError).HasMaxLength(CallbackDelivery.LastErrorLength);
            // One delivery per subject and event, whoever records it (the status consumer, a redelivery, the sweep).
            delivery.HasIndex(d => new { d.SubjectId, d.Event }).IsUnique();
            // The sweep looks for deliveries still due.
            delivery.HasIndex(d => new { d.DeliveredAt, d.GaveUpAt, d.NextAttemptAt });
            delivery.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
            delivery.HasMany<CallbackAttempt>().WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CallbackAttempt>(attempt =>
        {
            attempt.ToTable("CallbackAttempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedNever();
            attempt.Property(a => a.Error).HasMaxLength(CallbackAttempt.ErrorLength);
            attempt.HasIndex(a => new { a.DeliveryId, a.AttemptedAt });
        });

        modelBuilder.Entity<CandidateScan>(candidate =>
        {
            candidate.ToTable("CandidateScans");
            candidate.HasKey(c => c.ScanId);
            candidate.Property(c => c.ScanId).ValueGeneratedNever();
            candidate.Property(c => c.CandidateKey).HasMaxLength(CandidateScan.KeyLength);
            candidate.Property(c => c.CheckId).HasMaxLength(CandidateScan.CheckIdLength);
            candidate.Property(c => c.CheckTitle).HasMaxLength(CandidateScan.CheckTitleLength);
            // The digest looks up a chunk of subscribers' keys, newest scan first.
            candidate.HasIndex(c => new { c.CandidateKey, c.CompletedAt });
            candidate.HasOne<Scan>().WithOne().HasForeignKey<CandidateScan>(c => c.ScanId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");

        modelBuilder.Entity<Subscriber>(subscriber =>
        {
            subscriber.ToTable("Subscribers");
            subscriber.HasKey(s => s.Id);
            subscriber.Property(s => s.Id).ValueGeneratedNever();
            subscriber.Property(s => s.Email).HasMaxLength(Subscriber.EmailLength);
            subscriber.Property(s => s.Role).HasMaxLength(Subscriber.RoleLength);
            subscriber.HasIndex(s => s.Email).IsUnique();
            // The digest reads confirmed subscribers; the purge reads old pending and unsubscribed ones.
            subscriber.HasIndex(s => new { s.Status, s.RequestedAt });
            subscriber.Property(s => s.SuppressionReason).HasMaxLength(Subscriber.SuppressionReasonLength);
            subscriber.HasMany<DigestDelivery>().WithOne().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
            subscriber.HasMany<SubscriberTip>().WithOne().HasForeignKey(t => t.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SubscriberTip>(tip =>
        {
            tip.ToTable("SubscriberTips");
            tip.HasKey(t => new { t.SubscriberId, t.TipKey });
            tip.Property(t => t.TipKey).HasMaxLength(SubscriberTip.TipKeyLength);
        });

        modelBuilder.Entity<DigestDelivery>(delivery =>
        {
            delivery.ToTable("DigestDeliveries");
            delivery.HasKey(d => new { d.SubscriberId, d.Week });
            delivery.Property(d => d.Week).HasMaxLength(DigestDelivery.WeekLength);
            delivery.Property(d => d.LastError).HasMaxLength(DigestDelivery.LastErrorLength);
            delivery.HasIndex(d => new { d.Week, d.SentAt });
            delivery.HasIndex(d => d.CreatedAt);
        });

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("SigningKeys");
            key.HasKey(k => k.Purpose);
            key.Property(k => k.Purpose).HasMaxLength(SigningKey.PurposeLength);
            key.Property(k => k.Key).HasMaxLength(SigningKey.KeyLength);
        });
    }
}
