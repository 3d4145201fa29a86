"""Notes to the minister from the window: composer with its preview, register actions."""
