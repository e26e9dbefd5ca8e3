"""One module per area; each public function is one user action in one transaction."""
