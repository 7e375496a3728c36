using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ZezhouDisclosure.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Applicant",
                table: "NewMediaAccounts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Operator",
                table: "NewMediaAccounts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Columns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferRequestReason",
                table: "CitizenMessages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TransferRequestedAt",
                table: "CitizenMessages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferRequestedBy",
                table: "CitizenMessages",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Assessments_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueServiceLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TownshipCatalogueItemId = table.Column<int>(type: "integer", nullable: false),
                    ServiceItemId = table.Column<int>(type: "integer", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueServiceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_ServiceItems_ServiceItemId",
                        column: x => x.ServiceItemId,
                        principalTable: "ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueServiceLinks_TownshipCatalogueItem_TownshipCatalog~",
                        column: x => x.TownshipCatalogueItemId,
                        principalTable: "TownshipCatalogueItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ColumnFormerPaths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ColumnId = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColumnFormerPaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColumnFormerPaths_Columns_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "Columns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationCatalogues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Methods = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Channels = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationCatalogues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationCatalogues_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stakeholders = table.Column<int>(type: "integer", nullable: false),
                    CitizenRepresentatives = table.Column<int>(type: "integer", nullable: false),
                    Experts = table.Column<int>(type: "integer", nullable: false),
                    Media = table.Column<int>(type: "integer", nullable: false),
                    Topics = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Guests = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Transcript = table.Column<string>(type: "character varying(1000000)", maxLength: 1000000, nullable: true),
                    VideoUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DecisionDocumentId = table.Column<int>(type: "integer", nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationRecords_Documents_DecisionDocumentId",
                        column: x => x.DecisionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParticipationRecords_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentIndicator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    CheckCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Scoring = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PointsPerItem = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Cap = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentIndicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentIndicator_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentManualValue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentManualValue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentManualValue_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentManualValue_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Counted = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScore_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentScore_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationCatalogueItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CatalogueId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PlannedTime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationCatalogueItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationCatalogueItem_ParticipationCatalogues_Catalogu~",
                        column: x => x.CatalogueId,
                        principalTable: "ParticipationCatalogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentIndicator_AssessmentId",
                table: "AssessmentIndicator",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentManualValue_AssessmentId",
                table: "AssessmentManualValue",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentManualValue_OrganisationId",
                table: "AssessmentManualValue",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_PreviousId",
                table: "Assessments",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Year_Number",
                table: "Assessments",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScore_AssessmentId",
                table: "AssessmentScore",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScore_OrganisationId",
                table: "AssessmentScore",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_OrganisationId",
                table: "CatalogueServiceLinks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_ServiceItemId",
                table: "CatalogueServiceLinks",
                column: "ServiceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueServiceLinks_TownshipCatalogueItemId_ServiceItemId",
                table: "CatalogueServiceLinks",
                columns: new[] { "TownshipCatalogueItemId", "ServiceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ColumnFormerPaths_ColumnId",
                table: "ColumnFormerPaths",
                column: "ColumnId");

            migrationBuilder.CreateIndex(
                name: "IX_ColumnFormerPaths_Path",
                table: "ColumnFormerPaths",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogueItem_CatalogueId_Number",
                table: "ParticipationCatalogueItem",
                columns: new[] { "CatalogueId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationCatalogues_OrganisationId_Year",
                table: "ParticipationCatalogues",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationRecords_DecisionDocumentId",
                table: "ParticipationRecords",
                column: "DecisionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationRecords_OrganisationId_IsPublished_Kind",
                table: "ParticipationRecords",
                columns: new[] { "OrganisationId", "IsPublished", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentIndicator");

            migrationBuilder.DropTable(
                name: "AssessmentManualValue");

            migrationBuilder.DropTable(
                name: "AssessmentScore");

            migrationBuilder.DropTable(
                name: "CatalogueServiceLinks");

            migrationBuilder.DropTable(
                name: "ColumnFormerPaths");

            migrationBuilder.DropTable(
                name: "ParticipationCatalogueItem");

            migrationBuilder.DropTable(
                name: "ParticipationRecords");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "ParticipationCatalogues");

            migrationBuilder.DropColumn(
                name: "Applicant",
                table: "NewMediaAccounts");

            migrationBuilder.DropColumn(
                name: "Operator",
                table: "NewMediaAccounts");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Columns");

            migrationBuilder.DropColumn(
                name: "TransferRequestReason",
                table: "CitizenMessages");

            migrationBuilder.DropColumn(
                name: "TransferRequestedAt",
                table: "CitizenMessages");

            migrationBuilder.DropColumn(
                name: "TransferRequestedBy",
                table: "CitizenMessages");
        }
    }
}
