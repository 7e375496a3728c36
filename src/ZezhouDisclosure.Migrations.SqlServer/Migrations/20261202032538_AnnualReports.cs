using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Edition = table.Column<int>(type: "int", nullable: false),
                    CorrectsReportId = table.Column<int>(type: "int", nullable: true),
                    CorrectionNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    OverviewProactive = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OverviewRequests = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OverviewManagement = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OverviewPlatform = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OverviewSupervision = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Problems = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OtherMatters = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProcessingFees = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    Table3Explanation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Table2Data = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Table3Data = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Table4Data = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UnitApprovedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnitApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SupersededByReportId = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReports_AnnualReports_CorrectsReportId",
                        column: x => x.CorrectsReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReports_AnnualReports_SupersededByReportId",
                        column: x => x.SupersededByReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppealCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DisclosureRequestId = table.Column<int>(type: "int", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealCases_DisclosureRequests_DisclosureRequestId",
                        column: x => x.DisclosureRequestId,
                        principalTable: "DisclosureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppealCases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_CorrectsReportId",
                table: "AnnualReports",
                column: "CorrectsReportId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_OrganisationId_Year_Edition",
                table: "AnnualReports",
                columns: new[] { "OrganisationId", "Year", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_SupersededByReportId",
                table: "AnnualReports",
                column: "SupersededByReportId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealCases_DisclosureRequestId",
                table: "AppealCases",
                column: "DisclosureRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealCases_OrganisationId_FiledOn",
                table: "AppealCases",
                columns: new[] { "OrganisationId", "FiledOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "AppealCases");
        }
    }
}
