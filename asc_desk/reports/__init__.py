"""PDF documents, one module each: figures from services, drawing with ReportLab."""
