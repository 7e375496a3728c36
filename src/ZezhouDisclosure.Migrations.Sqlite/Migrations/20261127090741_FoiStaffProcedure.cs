using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FoiStaffProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionProposedBy",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromRequestId",
                table: "DisclosureRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests",
                column: "TransferredFromRequestId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_DisclosureRequests_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests",
                column: "TransferredFromRequestId",
                principalTable: "DisclosureRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DisclosureRequests_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests");

            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_TransferredFromRequestId",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "DecisionProposedBy",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "TransferredFromRequestId",
                table: "DisclosureRequests");
        }
    }
}
