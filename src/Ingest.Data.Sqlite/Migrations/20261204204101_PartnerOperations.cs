using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingest.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartnerOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ScanId",
                table: "CallbackDeliveries",
                newName: "SubjectId");

            migrationBuilder.RenameIndex(
                name: "IX_CallbackDeliveries_ScanId_Event",
                table: "CallbackDeliveries",
                newName: "IX_CallbackDeliveries_SubjectId_Event");

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "Tenants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousProtectedSigningSecret",
                table: "Tenants",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PreviousSigningSecretExpiresAt",
                table: "Tenants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SuppressedAt",
                table: "Subscribers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuppressionReason",
                table: "Subscribers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CallbackAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallbackAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallbackAttempts_CallbackDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "CallbackDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateScans",
                columns: table => new
                {
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CheckGain = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateScans", x => x.ScanId);
                    table.ForeignKey(
                        name: "FK_CandidateScans_Scans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "Scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubscriberTips",
                columns: table => new
                {
                    SubscriberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscriberTips", x => new { x.SubscriberId, x.TipKey });
                    table.ForeignKey(
                        name: "FK_SubscriberTips_Subscribers_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "Subscribers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantApiKeys",
                columns: table => new
                {
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantApiKeys", x => x.KeyPrefix);
                    table.ForeignKey(
                        name: "FK_TenantApiKeys_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallbackAttempts_DeliveryId_AttemptedAt",
                table: "CallbackAttempts",
                columns: new[] { "DeliveryId", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateScans_CandidateKey_CompletedAt",
                table: "CandidateScans",
                columns: new[] { "CandidateKey", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantApiKeys_TenantId",
                table: "TenantApiKeys",
                column: "TenantId");

            migrationBuilder.AddColumn<int>(
                name: "UploadsPerWindow",
                table: "Tenants",
                type: "INTEGER",
                nullable: true);


            // Each tenant's key moves to its own row (a revoked one as expired at its revocation), before the columns go.
            migrationBuilder.Sql(
                """INSERT INTO "TenantApiKeys" ("KeyPrefix", "TenantId", "KeyHash", "CreatedAt", "ExpiresAt") """ +
                """SELECT "KeyPrefix", "Id", "KeyHash", "CreatedAt", "RevokedAt" FROM "Tenants" """);

            migrationBuilder.DropIndex(
                name: "IX_Tenants_KeyPrefix",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "KeyHash",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "KeyPrefix",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "Tenants");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallbackAttempts");

            migrationBuilder.DropTable(
                name: "CandidateScans");

            migrationBuilder.DropTable(
                name: "SubscriberTips");

            migrationBuilder.DropTable(
                name: "TenantApiKeys");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "PreviousProtectedSigningSecret",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "PreviousSigningSecretExpiresAt",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "SuppressedAt",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "SuppressionReason",
                table: "Subscribers");

            migrationBuilder.RenameColumn(
                name: "SubjectId",
                table: "CallbackDeliveries",
                newName: "ScanId");

            migrationBuilder.RenameIndex(
                name: "IX_CallbackDeliveries_SubjectId_Event",
                table: "CallbackDeliveries",
                newName: "IX_CallbackDeliveries_ScanId_Event");

            migrationBuilder.AddColumn<byte[]>(
                name: "KeyHash",
                table: "Tenants",
                type: "BLOB",
                maxLength: 32,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<string>(
                name: "KeyPrefix",
                table: "Tenants",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_KeyPrefix",
                table: "Tenants",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.DropColumn(
                name: "UploadsPerWindow",
                table: "Tenants");

            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "Tenants",
                type: "INTEGER",
                nullable: true);
        }
    }
}
