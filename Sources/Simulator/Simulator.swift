public enum SimulatorModule {}
