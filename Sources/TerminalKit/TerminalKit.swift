// Placeholder so the module builds; replaced as the module's issue lands.
enum TerminalKitModule {}
