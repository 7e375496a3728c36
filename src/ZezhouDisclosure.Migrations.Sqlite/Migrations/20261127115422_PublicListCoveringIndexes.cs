using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicListCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_ColumnId_Status_PublishedAt",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_OrganisationId_Status",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_PublishedAt",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ColumnId",
                table: "Documents",
                column: "ColumnId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrganisationId_Status_PublishedAt_Id_IsDeleted_ColumnId",
                table: "Documents",
                columns: new[] { "OrganisationId", "Status", "PublishedAt", "Id", "IsDeleted", "ColumnId" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_ColumnId_PublishedAt_Id_IsDeleted_OrganisationId",
                table: "Documents",
                columns: new[] { "Status", "ColumnId", "PublishedAt", "Id", "IsDeleted", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_PublishedAt_Id_ColumnId_IsDeleted_OrganisationId",
                table: "Documents",
                columns: new[] { "Status", "PublishedAt", "Id", "ColumnId", "IsDeleted", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_ColumnId",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_OrganisationId_Status_PublishedAt_Id_IsDeleted_ColumnId",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_ColumnId_PublishedAt_Id_IsDeleted_OrganisationId",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_PublishedAt_Id_ColumnId_IsDeleted_OrganisationId",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ColumnId_Status_PublishedAt",
                table: "Documents",
                columns: new[] { "ColumnId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrganisationId_Status",
                table: "Documents",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_PublishedAt",
                table: "Documents",
                columns: new[] { "Status", "PublishedAt" });
        }
    }
}
