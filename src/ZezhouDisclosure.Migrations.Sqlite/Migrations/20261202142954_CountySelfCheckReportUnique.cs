using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CountySelfCheckReportUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StoredSelfCheckReports_County",
                table: "StoredSelfCheckReports",
                columns: new[] { "Year", "Month", "Edition" },
                unique: true,
                filter: "\"OrganisationId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoredSelfCheckReports_County",
                table: "StoredSelfCheckReports");
        }
    }
}
